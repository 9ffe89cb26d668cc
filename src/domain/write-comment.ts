// Adding a comment: a reply to the post or a comment, or a reply to a claim (the comment plus,
// for supports/attacks, the claim it makes, its relation to the target and its anchor in the new
// comment). Pure: the store loads AddCommentState under the debate's lock and persists the event.
import type { ClaimReply, NewComment, User } from './commands';
import { firstSentence, LIMITS } from './commands';
import { commentPlainText, quoteAt } from './comment-text';
import type { Anchor, Claim, Comment, Id, Relation } from './model';
import { checkLink } from './rules';
import type { EventDraft, WriteContext, WriteRefusal } from './writes';
import { eventDraft, refuse } from './writes';

/**
 * Where a reply to a claim goes in the thread: to the post when the claim is said in the post
 * (or nowhere), else under the comment of its first anchor in a comment (debate order).
 */
export function claimReplyParent(targetAnchors: readonly Anchor[]): Id | null {
  if (targetAnchors.length === 0 || targetAnchors.some((a) => a.source.kind === 'post')) {
    return null;
  }
  const first = targetAnchors[0];
  return first?.source.kind === 'comment' ? first.source.commentId : null;
}

/** The parent the store must load: the one asked for, or the one a claim reply goes under. */
export function addCommentParentId(input: NewComment, targetAnchors: readonly Anchor[]): Id | null {
  return input.reply ? claimReplyParent(targetAnchors) : input.parentId;
}

export interface AddCommentState {
  /** The comment addCommentParentId named, or null (the post, or no such comment). */
  parent: Comment | null;
  /**
   * The highest `order` among the new comment's siblings, or null when it has none. For a
   * top-level comment: the order of the last thread in 'oldest' order (detached ones count).
   */
  lastSiblingOrder: number | null;
  /** The claims the request names (target, existing point) that exist. */
  claims: ReadonlyMap<Id, Claim>;
  /** Relations leaving the existing point's claim (to check the link rules). */
  pointRelations: readonly Relation[];
}

/** Body checks shared by adding and editing; the API checks length first for its 413. */
export function checkBody(body: string): { text: string } | WriteRefusal {
  if (body.length > LIMITS.commentBody) {
    return refuse.invalid(
      `A comment has at most ${LIMITS.commentBody} characters; this one has ${body.length}. Shorten it or split it in two.`,
    );
  }
  const text = commentPlainText(body);
  if (text.trim() === '') return refuse.invalid('The comment is empty. Write something first.');
  return { text };
}

interface ReplyParts {
  claims: Claim[];
  relations: Relation[];
  anchors: Anchor[];
}

function claimReplyParts(
  reply: ClaimReply,
  text: string,
  commentId: Id,
  state: AddCommentState,
  ctx: WriteContext,
): ReplyParts | WriteRefusal {
  const target = state.claims.get(reply.targetClaimId);
  if (!target) {
    return refuse.invalid(
      `Claim "${reply.targetClaimId}" does not exist in this debate; reload and choose another.`,
    );
  }
  // Readers cannot see a hidden claim, so nobody may answer it until a moderator shows it again.
  if (target.hidden) {
    return refuse.invalid(
      `Claim "${target.id}" is hidden by a moderator; it cannot be replied to.`,
    );
  }
  if (reply.stance === 'question') {
    if (reply.point || reply.quote) {
      return refuse.invalid('A question makes no point of its own: leave out point and quote.');
    }
    return { claims: [], relations: [], anchors: [] };
  }
  const { point } = reply;
  if (!point) {
    return refuse.invalid(
      `Say what your reply ${reply.stance === 'supports' ? 'supports' : 'attacks'} the claim with: a new point or an existing claim.`,
    );
  }
  const range = reply.quote ?? firstSentence(text);
  const selectors = range ? quoteAt(text, range) : null;
  if (!selectors) {
    return refuse.invalid(
      `The quoted words (${range?.start ?? 0}–${range?.end ?? 0}) are not in the reply's ${text.length} characters of text; select words of the reply.`,
    );
  }
  let claim: Claim;
  if (point.kind === 'new') {
    claim = { id: ctx.newId('k'), text: point.text };
  } else {
    const existing = state.claims.get(point.claimId);
    if (!existing) {
      return refuse.invalid(`Claim "${point.claimId}" does not exist in this debate.`);
    }
    const check = checkLink(
      { from: existing.id, to: target.id, kind: reply.stance },
      {
        hasClaim: (id) => state.claims.has(id),
        existing: (from, to) => state.pointRelations.find((r) => r.from === from && r.to === to),
      },
    );
    if (!check.ok) return refuse.invalid(check.reason);
    claim = existing;
  }
  const relation: Relation = {
    id: ctx.newId('r'),
    from: claim.id,
    to: target.id,
    kind: reply.stance,
  };
  const anchor: Anchor = {
    id: ctx.newId('a'),
    claimId: claim.id,
    source: { kind: 'comment', commentId },
    ...selectors,
  };
  return {
    claims: point.kind === 'new' ? [claim] : [],
    relations: [relation],
    anchors: [anchor],
  };
}

/** The 'comment.added' event for `input` by `actor`, or why it is refused. */
export function decideAddComment(
  input: NewComment,
  actor: User,
  state: AddCommentState,
  ctx: WriteContext,
): EventDraft | WriteRefusal {
  const body = checkBody(input.body);
  if ('kind' in body) return body;
  if (!input.reply && input.parentId !== null && state.parent?.id !== input.parentId) {
    return refuse.notFound(
      `Comment "${input.parentId}" does not exist in this debate; reply to the post or another comment.`,
    );
  }
  const id = ctx.newId('c');
  const parts = input.reply
    ? claimReplyParts(input.reply, body.text, id, state, ctx)
    : { claims: [], relations: [], anchors: [] };
  if ('kind' in parts) return parts;
  const comment: Comment = {
    id,
    parentId: state.parent?.id ?? null,
    author: actor.name,
    createdAt: ctx.now,
    body: input.body,
    visibility: 'visible',
    // Last among its siblings: the count of siblings when their orders are 0..n-1, as written.
    order: state.lastSiblingOrder === null ? 0 : state.lastSiblingOrder + 1,
    authorId: actor.id,
    version: 1,
    ...(input.reply
      ? { target: { claimId: input.reply.targetClaimId, stance: input.reply.stance } }
      : {}),
  };
  return eventDraft('comment.added', { comments: [comment], ...parts });
}
