// "This is a claim" on words already said. In the marker's own comment it is applied at once
// (claim, optional relation, anchor: a 'claim.marked' event); in the post or anyone else's
// comment it becomes a suggestion that waits for a moderator. Pure: the store loads the state.
import type { MarkClaim, User } from './commands';
import { commentPlainText, quoteAt } from './comment-text';
import type { Anchor, Claim, Comment, Id, Post, Relation } from './model';
import { checkLink } from './rules';
import { postText } from './text';
import type { EventDraft, SuggestionDraft, WriteContext, WriteRefusal } from './writes';
import { eventDraft, refuse } from './writes';

export interface MarkClaimState {
  /** The post, when the words are in the post. */
  post: Post | null;
  /** The comment, when the words are in a comment; null when there is no such comment. */
  comment: Comment | null;
  /** The claims the request names (the relation's target) that exist. */
  claims: ReadonlyMap<Id, Claim>;
}

function sourceTextOf(input: MarkClaim, state: MarkClaimState): string | WriteRefusal {
  if (input.source.kind === 'post') {
    return state.post ? postText(state.post) : refuse.notFound('The post is missing.');
  }
  if (!state.comment) {
    return refuse.notFound(`Comment "${input.source.commentId}" does not exist in this debate.`);
  }
  return commentPlainText(state.comment.body);
}

/** The rows a mark adds (claim, optional relation, anchor), or why it cannot be applied. */
export function markRows(
  input: MarkClaim,
  state: MarkClaimState,
  ctx: WriteContext,
): { claim: Claim; relation: Relation | null; anchor: Anchor } | WriteRefusal {
  const text = sourceTextOf(input, state);
  if (typeof text !== 'string') return text;
  const selectors = quoteAt(text, input.position);
  if (!selectors) {
    const { start, end } = input.position;
    return refuse.invalid(
      `The selected words (${start}–${end}) are not in the text, which has ${text.length} characters; select them again.`,
    );
  }
  const claim: Claim = { id: ctx.newId('k'), text: input.text };
  let relation: Relation | null = null;
  if (input.relation) {
    const link = { from: claim.id, ...input.relation };
    const check = checkLink(link, {
      hasClaim: (id) => id === claim.id || state.claims.has(id),
      // The new claim has no relations yet.
      existing: () => undefined,
    });
    if (!check.ok) return refuse.invalid(check.reason);
    relation = { id: ctx.newId('r'), ...link };
  }
  const anchor: Anchor = {
    id: ctx.newId('a'),
    claimId: claim.id,
    source: input.source,
    ...selectors,
  };
  return { claim, relation, anchor };
}

export function decideMarkClaim(
  debateId: Id,
  input: MarkClaim,
  actor: User,
  state: MarkClaimState,
  ctx: WriteContext,
): EventDraft | SuggestionDraft | WriteRefusal {
  const rows = markRows(input, state, ctx);
  if ('kind' in rows) return rows;
  const own = input.source.kind === 'comment' && state.comment?.authorId === actor.id;
  if (!own) {
    return {
      kind: 'suggestion',
      suggestion: {
        id: ctx.newId('s'),
        debateId,
        authorId: actor.id,
        createdAt: ctx.now,
        status: 'pending',
        mark: input,
        exact: rows.anchor.quote.exact,
      },
    };
  }
  const { claim, relation, anchor } = rows;
  return eventDraft('claim.marked', {
    claims: [claim],
    relations: relation ? [relation] : [],
    anchors: [anchor],
  });
}
