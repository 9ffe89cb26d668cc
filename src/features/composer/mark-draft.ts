// The mark-a-claim form as data: the words chosen, what they state (a new claim, its wording the
// words themselves until the reader edits it, and its relation; or an existing claim), and what
// is missing, per field. Pure, so the form only renders.
import { LIMITS, type MarkClaim } from '../../domain/commands';
import type { AnchorSource, Id, RelationKind } from '../../domain/model';

export interface MarkForm {
  start: number;
  end: number;
  /** What the words state: a new claim in the reader's wording, or a claim already in the map. */
  stating: 'new' | 'existing';
  /** The reader's wording; null while untouched (the selected words show). */
  wording: string | null;
  relation: RelationKind | 'none';
  relatedId: Id | null;
  /** The existing claim the words state (stating 'existing'); null until one is chosen. */
  claimId: Id | null;
}

export type MarkField = 'words' | 'wording' | 'relatedId' | 'claimId';
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
  if (form.stating === 'existing') {
    if (!form.claimId) {
      problems.claimId = 'Choose the claim these words state, or write a new claim instead.';
    }
    return problems;
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
  const position = { start: form.start, end: form.end };
  if (form.stating === 'existing' && form.claimId) {
    // An existing claim keeps its own relations: the words only become one more anchor of it.
    return { source, position, claimId: form.claimId, relation: null };
  }
  return {
    source,
    position,
    text: wordingOfMark(form, text).trim(),
    relation:
      form.relation !== 'none' && form.relatedId
        ? { to: form.relatedId, kind: form.relation }
        : null,
  };
}
