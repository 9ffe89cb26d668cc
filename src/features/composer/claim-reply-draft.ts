// The reply-to-a-claim form as data: what the reader chose and typed, the claim wording it
// suggests (the reply's first sentence until the reader edits it), and what is still missing,
// per field, in words they can act on. Pure, so the form only renders.
import { firstSentence, LIMITS, type NewComment, type ReplyPoint } from '../../domain/commands';
import type { Id, Stance } from '../../domain/model';
import { richPlainText } from '../../domain/rich-text';
import { bodyProblem } from '../../ui/body-problem';

export interface ClaimReplyDraft {
  stance: Stance | null;
  body: string;
  pointKind: 'new' | 'existing';
  /** The reader's own wording; null while they have not touched it (the suggestion shows). */
  claimText: string | null;
  existingId: Id | null;
}

export const EMPTY_DRAFT: ClaimReplyDraft = {
  stance: null,
  body: '',
  pointKind: 'new',
  claimText: null,
  existingId: null,
};

/** The first sentence of the reply as the reader sees it (Markdown rendered), capped. */
export function suggestedWording(body: string): string {
  const plain = richPlainText(body);
  const range = firstSentence(plain);
  return range ? plain.slice(range.start, range.end).slice(0, LIMITS.claimText) : '';
}

export function wordingOf(draft: ClaimReplyDraft): string {
  return draft.claimText ?? suggestedWording(draft.body);
}

export type DraftField = 'stance' | 'body' | 'claimText' | 'existingId';
export type DraftProblems = Partial<Record<DraftField, string>>;

export function draftProblems(draft: ClaimReplyDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.stance) {
    problems.stance = 'Choose whether your reply supports, attacks or asks about the claim.';
  }
  const body = bodyProblem(draft.body);
  if (body) problems.body = body;
  if (draft.stance === 'supports' || draft.stance === 'attacks') {
    const wording = wordingOf(draft).trim();
    if (draft.pointKind === 'new' && wording === '') {
      problems.claimText = 'State in one sentence the claim your reply makes.';
    } else if (draft.pointKind === 'new' && wording.length > LIMITS.claimText) {
      problems.claimText = `A claim has at most ${LIMITS.claimText} characters; this one has ${wording.length}.`;
    } else if (draft.pointKind === 'existing' && !draft.existingId) {
      problems.existingId = 'Choose the existing claim your reply makes, or state a new one.';
    }
  }
  return problems;
}

/** The request for a complete draft (check draftProblems first). */
export function toNewComment(draft: ClaimReplyDraft, targetClaimId: Id): NewComment {
  const stance = draft.stance ?? 'question';
  let point: ReplyPoint | undefined;
  if (stance !== 'question') {
    point =
      draft.pointKind === 'existing' && draft.existingId
        ? { kind: 'existing', claimId: draft.existingId }
        : { kind: 'new', text: wordingOf(draft).trim() };
  }
  return {
    parentId: null,
    body: draft.body,
    reply: { targetClaimId, stance, ...(point ? { point } : {}) },
  };
}
