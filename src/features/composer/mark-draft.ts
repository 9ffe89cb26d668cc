// The mark-a-claim form as data: the words chosen, the wording (the words themselves until the
// reader edits it), the relation, and what is missing, per field. Pure, so the form only renders.
import { LIMITS, type MarkClaim } from '../../domain/commands';
import type { AnchorSource, Id, RelationKind } from '../../domain/model';

export interface MarkForm {
  start: number;
  end: number;
  /** The reader's wording; null while untouched (the selected words show). */
  wording: string | null;
  relation: RelationKind | 'none';
  relatedId: Id | null;
}

export type MarkField = 'words' | 'wording' | 'relatedId';
export type MarkProblems = Partial<Record<MarkField, string>>;

/** The selected words with runs of white space (line and paragraph breaks) made one space. */
export function selectedWords(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

export function wordingOfMark(form: MarkForm, text: string): string {
  return form.wording ?? selectedWords(text, form.start, form.end).slice(0, LIMITS.claimText);
}

export function markProblems(form: MarkForm, text: string): MarkProblems {
  const problems: MarkProblems = {};
  if (selectedWords(text, form.start, form.end) === '') {
    problems.words = 'Select the words that state the claim.';
  }
  const wording = wordingOfMark(form, text).trim();
  if (wording === '') problems.wording = 'State the claim in one sentence.';
  else if (wording.length > LIMITS.claimText) {
    problems.wording = `A claim has at most ${LIMITS.claimText} characters; this one has ${wording.length}.`;
  }
  if (form.relation !== 'none' && !form.relatedId) {
    problems.relatedId = `Choose the claim it ${form.relation}, or choose "Not related".`;
  }
  return problems;
}

export function toMarkClaim(form: MarkForm, text: string, source: AnchorSource): MarkClaim {
  return {
    source,
    position: { start: form.start, end: form.end },
    text: wordingOfMark(form, text).trim(),
    relation:
      form.relation !== 'none' && form.relatedId
        ? { to: form.relatedId, kind: form.relation }
        : null,
  };
}
