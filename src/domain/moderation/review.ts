// Accepting a suggested claim: the same rows an author's own mark adds (write-mark.ts: a new
// claim, or one more anchor of an existing claim), checked against the text and claims as they
// are now, in one 'suggestion.accepted' event that undo can take back.
import type { Suggestion } from '../commands';
import { EMPTY_REMOVE, EMPTY_UPSERT } from '../events';
import type { Id } from '../model';
import { type MarkClaimState, markRows } from '../write-mark';
import type { EventDraft, WriteContext, WriteRefusal } from '../writes';
import { refuse } from '../writes';

/** Why a suggestion cannot be decided now, or null when it is pending. */
export function checkPending(suggestionId: Id, suggestion: Suggestion | null): WriteRefusal | null {
  if (!suggestion) {
    return refuse.notFound(`Suggestion "${suggestionId}" does not exist in this debate.`);
  }
  if (suggestion.status !== 'pending') {
    return refuse.invalid(`The suggestion was already ${suggestion.status}.`);
  }
  return null;
}

export function decideAcceptSuggestion(
  suggestionId: Id,
  suggestion: Suggestion | null,
  state: MarkClaimState,
  ctx: WriteContext,
  reason?: string,
): EventDraft | WriteRefusal {
  const refusal = checkPending(suggestionId, suggestion);
  if (refusal || !suggestion) return refusal ?? refuse.notFound(suggestionId);
  const rows = markRows(suggestion.mark, state, ctx);
  if ('kind' in rows) return rows;
  return {
    kind: 'event',
    type: 'suggestion.accepted',
    upsert: {
      ...EMPTY_UPSERT,
      claims: rows.claims,
      relations: rows.relations,
      anchors: [rows.anchor],
    },
    remove: EMPTY_REMOVE,
    // Everything is new (an existing claim only gains the anchor): undo removes it all.
    before: EMPTY_UPSERT,
    suggestion: { id: suggestionId, status: 'accepted' },
    ...(reason ? { reason } : {}),
  };
}
