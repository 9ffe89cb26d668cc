// PATCH /api/debates/:id/comments/:commentId EditComment {body, version} → 200 {event}. Only the
// author may edit (403); a stale version is 409 with the comment as it is now.
import type { Hono } from 'hono';
import { EditCommentSchema } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import type { ApiDeps } from './deps';
import { idParam } from './params';
import { checkCommentBody, readBody, requireWriter, writeResponse } from './request';

export interface EditCommentResponse {
  /** The comment.edited event: the comment at its new version, and its re-anchored anchors. */
  event: DebateEvent;
}

export function editComment(app: Hono, deps: ApiDeps): void {
  app.patch('/api/debates/:id/comments/:commentId', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const commentId = idParam(c, 'commentId', 'comment');
    if (commentId instanceof Response) return commentId;
    const actor = await requireWriter(c, deps, 'comment.edit', { debateId: id });
    if (actor instanceof Response) return actor;
    const input = await readBody(c, EditCommentSchema);
    if (input instanceof Response) return input;
    const refused = checkCommentBody(c, input.body);
    if (refused) return refused;
    return writeResponse(
      c,
      await deps.store.editComment(id, actor.user, commentId, input),
      200,
      id,
    );
  });
}
