// "This is a claim" on words already said. In the marker's own comment it is applied at once
// (a 'claim.marked' event: a new claim with its optional relation and anchor, or just one more
// anchor of an existing claim); in the post or anyone else's comment it becomes a suggestion
// that waits for a moderator. Pure: the store loads the state.
import type { MarkClaim, Suggestion, User } from './commands';
import { commentPlainText, quoteAt } from './comment-text';
import type { Anchor, AnchorSource, Claim, Comment, Debate, Id, Post, Relation } from './model';
import { checkLink } from './rules';
import { postText } from './text';
import type { EventDraft, SuggestionDraft, WriteContext, WriteRefusal } from './writes';
import { eventDraft, refuse, suggestionChanged } from './writes';

export interface MarkClaimState {
  /** The post, when the words are in the post. */
  post: Post | null;
  /** The comment, when the words are in a comment; null when there is no such comment. */
  comment: Comment | null;
  /** The claims the request names (the relation's target, the existing claim) that exist. */
  claims: ReadonlyMap<Id, Claim>;
  /** The anchors of the existing claim named by `claimId` (empty for a new claim). */
  anchors: readonly Anchor[];
  /** Pending suggestions of the same claim (empty for a new claim), so none is made twice. */
  pending: readonly Suggestion[];
}

/** The rows a mark adds: a new claim (with its relation) or none, and the anchor. */
export interface MarkRows {
  claims: Claim[];
  relations: Relation[];
  anchor: Anchor;
}

const sameSource = (a: AnchorSource, b: AnchorSource) =>
  a.kind === 'post' ? b.kind === 'post' : b.kind === 'comment' && b.commentId === a.commentId;

const sameWords = (
  a: Pick<Anchor, 'source' | 'position'>,
  b: Pick<Anchor, 'source' | 'position'>,
) =>
  sameSource(a.source, b.source) &&
  a.position.start === b.position.start &&
  a.position.end === b.position.end;

function sourceTextOf(input: MarkClaim, state: MarkClaimState): string | WriteRefusal {
  if (input.source.kind === 'post') {
    return state.post ? postText(state.post) : refuse.notFound('The post is missing.');
  }
  if (!state.comment) {
    return refuse.notFound(`Comment "${input.source.commentId}" does not exist in this debate.`);
  }
  return commentPlainText(state.comment.body);
}

/** The existing claim the words are to state, or why they cannot. */
function existingClaim(claimId: Id, anchor: Anchor, state: MarkClaimState): Claim | WriteRefusal {
  const claim = state.claims.get(claimId);
  if (!claim) {
    return refuse.invalid(
      `"claimId": claim "${claimId}" does not exist in this debate. Search for the claim again.`,
    );
  }
  // Readers cannot see a hidden claim, so no new words may point at it until it is shown.
  if (claim.hidden) {
    return refuse.invalid(`"claimId": claim "${claimId}" is hidden by a moderator.`);
  }
  const live = state.anchors.filter((a) => a.claimId === claim.id && a.orphaned !== true);
  if (live.some((a) => sameWords(a, anchor))) {
    return refuse.blocked(`These words already state “${claim.text}”: nothing to add.`);
  }
  return claim;
}

function newClaimRows(
  text: string,
  input: MarkClaim,
  state: MarkClaimState,
  ctx: WriteContext,
): { claim: Claim; relation: Relation | null } | WriteRefusal {
  const claim: Claim = { id: ctx.newId('k'), text };
  if (!input.relation) return { claim, relation: null };
  const link = { from: claim.id, ...input.relation };
  const check = checkLink(link, {
    hasClaim: (id) => id === claim.id || state.claims.has(id),
    // The new claim has no relations yet.
    existing: () => undefined,
  });
  if (!check.ok) return refuse.invalid(check.reason);
  return { claim, relation: { id: ctx.newId('r'), ...link } };
}

/** The rows a mark adds, or why it cannot be applied. */
export function markRows(
  input: MarkClaim,
  state: MarkClaimState,
  ctx: WriteContext,
): MarkRows | WriteRefusal {
  const text = sourceTextOf(input, state);
  if (typeof text !== 'string') return text;
  const selectors = quoteAt(text, input.position);
  if (!selectors) {
    const { start, end } = input.position;
    return refuse.invalid(
      `The selected words (${start}–${end}) are not in the text, which has ${text.length} characters; select them again.`,
    );
  }
  const at = { source: input.source, ...selectors };
  if (input.claimId !== undefined) {
    const anchor: Anchor = { id: ctx.newId('a'), claimId: input.claimId, ...at };
    const claim = existingClaim(input.claimId, anchor, state);
    if ('kind' in claim) return claim;
    return { claims: [], relations: [], anchor };
  }
  const made = newClaimRows(input.text ?? '', input, state, ctx);
  if ('kind' in made) return made;
  const anchor: Anchor = { id: ctx.newId('a'), claimId: made.claim.id, ...at };
  return { claims: [made.claim], relations: made.relation ? [made.relation] : [], anchor };
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
    const waiting = state.pending.some(
      (s) => s.status === 'pending' && s.mark.claimId === input.claimId && sameWords(s.mark, input),
    );
    if (input.claimId !== undefined && waiting) {
      return refuse.blocked(
        'These words were already suggested for this claim; the suggestion waits for a moderator.',
      );
    }
    const suggestion: Suggestion = {
      id: ctx.newId('s'),
      debateId,
      authorId: actor.id,
      createdAt: ctx.now,
      status: 'pending',
      mark: input,
      exact: rows.anchor.quote.exact,
    };
    return { kind: 'suggestion', suggestion, event: suggestionChanged(suggestion) };
  }
  return eventDraft('claim.marked', {
    claims: rows.claims,
    relations: rows.relations,
    anchors: [rows.anchor],
  });
}

/** What a mark needs, read from a whole Debate (the memory store and tests). */
export function markClaimStateOf(
  debate: Debate,
  input: MarkClaim,
  suggestions: readonly Suggestion[],
): MarkClaimState {
  const { source, claimId } = input;
  const wanted = new Set([input.relation?.to, claimId]);
  return {
    post: debate.post,
    comment:
      source.kind === 'comment'
        ? (debate.comments.find((c) => c.id === source.commentId) ?? null)
        : null,
    claims: new Map(debate.claims.filter((c) => wanted.has(c.id)).map((c) => [c.id, c])),
    anchors: claimId === undefined ? [] : debate.anchors.filter((a) => a.claimId === claimId),
    pending:
      claimId === undefined
        ? []
        : suggestions.filter((s) => s.status === 'pending' && s.mark.claimId === claimId),
  };
}
