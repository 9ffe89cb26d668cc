// The merge dialog's choices as data, and the request they make: which wording survives (one
// claim's, or new words), the stance chosen for each opposite-stances conflict, and why. Pure.
import type { MergeConflictAnswer } from '../../api/preview-merge';
import type { MergeRequest, StanceChoice } from '../../domain/merge/merge-request';
import type { Id, Relation, RelationKind } from '../../domain/model';

export type SurvivorChoice = { kind: 'keep'; id: Id } | { kind: 'text'; text: string };

export interface MergeForm {
  claimIds: readonly Id[];
  survivor: SurvivorChoice;
  /** Conflict key (its relation ids) → the stance the merged claim takes. */
  stances: Readonly<Record<string, RelationKind>>;
  reason: string;
}

export function initialForm(claimIds: readonly Id[]): MergeForm {
  return { claimIds, survivor: { kind: 'keep', id: claimIds[0] ?? '' }, stances: {}, reason: '' };
}

export const conflictKey = (conflict: MergeConflictAnswer): string =>
  conflict.relationIds.join(',');

/** The claim that survives: the kept one, or the first listed when the wording is new. */
export function survivorIdOf(form: MergeForm): Id {
  return form.survivor.kind === 'keep' ? form.survivor.id : (form.claimIds[0] ?? '');
}

/**
 * The stance choices for the conflicts the moderator has resolved, with the pair's ends as
 * after the merge (a merged claim's end becomes the survivor), as the API expects them.
 */
export function stanceChoices(
  form: MergeForm,
  conflicts: readonly MergeConflictAnswer[],
  relationsById: ReadonlyMap<Id, Relation>,
): StanceChoice[] {
  const merged = new Set(form.claimIds);
  const survivor = survivorIdOf(form);
  const after = (id: Id) => (merged.has(id) ? survivor : id);
  const choices: StanceChoice[] = [];
  for (const conflict of conflicts) {
    if (conflict.kind !== 'opposite-stances') continue;
    const kind = form.stances[conflictKey(conflict)];
    const relation = relationsById.get(conflict.relationIds[0] ?? '');
    if (!kind || !relation) continue;
    choices.push({ from: after(relation.from), to: after(relation.to), kind });
  }
  return choices;
}

/** The request for the preview (and, with `expected`, for the merge itself). */
export function toMergeRequest(form: MergeForm, stances: readonly StanceChoice[]): MergeRequest {
  const reason = form.reason.trim();
  return {
    claimIds: [...form.claimIds],
    survivor:
      form.survivor.kind === 'keep' ? { keep: form.survivor.id } : { text: form.survivor.text },
    ...(stances.length > 0 ? { stances: [...stances] } : {}),
    ...(reason !== '' ? { reason } : {}),
  };
}

/** Problems to fix before a preview can be asked; null when there are none. */
export function formProblem(form: MergeForm): string | null {
  if (form.claimIds.length < 2) return 'Choose at least two claims to merge.';
  if (form.survivor.kind === 'text' && form.survivor.text.trim() === '') {
    return 'Write the new wording, or keep one of the claims’ wordings.';
  }
  return null;
}

/**
 * After a 409: the claims to look at again, each named by what it is now (a claim merged
 * meanwhile becomes its survivor), without repeats.
 */
export function claimsNow(claimIds: readonly Id[], aliases: Readonly<Record<Id, Id>>): Id[] {
  return [...new Set(claimIds.map((id) => aliases[id] ?? id))];
}
