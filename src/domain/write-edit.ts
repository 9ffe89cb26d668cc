// An author editing or deleting their own comment. Pure: the store loads the comment and the
// anchors said in it under the debate's lock, and persists the event.
import type { EditComment, User } from './commands';
import { orphanAll, reanchor } from './comment-text';
import type { Anchor, Comment, Id } from './model';
import { COMMENTER, can } from './permissions';
import { checkBody } from './write-comment';
import type { EventDraft, WriteContext, WriteRefusal } from './writes';
import { eventDraft, refuse } from './writes';

/** The version a comment is at: absent means 1 (comments from before accounts). */
export function versionOf(comment: Comment): number {
  return comment.version ?? 1;
}

/** Who may change `comment` at `version`, in the order the refusals are given. */
function checkOwnCurrent(
  comment: Comment | null,
  commentId: Id,
  actor: User,
  version: number,
  verb: 'edit' | 'delete',
): WriteRefusal | null {
  if (!comment) {
    return refuse.notFound(`Comment "${commentId}" does not exist in this debate.`);
  }
  // The permission table's owner rule; roles do not matter to it (moderators hide, not edit).
  const allowed = can(
    { user: actor, roles: COMMENTER },
    verb === 'edit' ? 'comment.edit' : 'comment.delete',
    {
      ownerId: comment.authorId ?? null,
    },
  );
  if (!allowed.ok) return refuse.forbidden(allowed.reason);
  if (versionOf(comment) !== version) {
    return {
      kind: 'conflict',
      message: `The comment changed since you opened it (you had version ${version}, it is now at ${versionOf(comment)}). Review the current text, then ${verb} again.`,
      current: comment,
    };
  }
  if (comment.visibility === 'deleted') {
    return refuse.invalid('The comment is deleted; it cannot be changed any more.');
  }
  return null;
}

/**
 * The 'comment.edited' event: the new body, version + 1, editedAt, and the comment's anchors
 * re-anchored in the new plain text (the ones whose words are gone orphaned, never dropped).
 */
export function decideEditComment(
  commentId: Id,
  input: EditComment,
  actor: User,
  comment: Comment | null,
  anchors: readonly Anchor[],
  ctx: WriteContext,
): EventDraft | WriteRefusal {
  const refusal = checkOwnCurrent(comment, commentId, actor, input.version, 'edit');
  if (refusal || !comment) return refusal ?? refuse.notFound(commentId);
  const body = checkBody(input.body);
  if ('kind' in body) return body;
  const edited: Comment = {
    ...comment,
    body: input.body,
    version: versionOf(comment) + 1,
    editedAt: ctx.now,
  };
  return eventDraft('comment.edited', {
    comments: [edited],
    anchors: reanchor(body.text, anchors),
  });
}

/**
 * The 'comment.deleted' event: "[deleted]" (visibility deleted, body emptied), version + 1, its
 * anchors orphaned. Replies, claims and relations stay: other people's words depend on them.
 */
export function decideDeleteComment(
  commentId: Id,
  version: number,
  actor: User,
  comment: Comment | null,
  anchors: readonly Anchor[],
): EventDraft | WriteRefusal {
  const refusal = checkOwnCurrent(comment, commentId, actor, version, 'delete');
  if (refusal || !comment) return refusal ?? refuse.notFound(commentId);
  const deleted: Comment = {
    ...comment,
    body: '',
    visibility: 'deleted',
    version: versionOf(comment) + 1,
  };
  return eventDraft('comment.deleted', { comments: [deleted], anchors: orphanAll(anchors) });
}
