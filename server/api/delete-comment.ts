// DELETE /api/debates/:id/comments/:commentId?version=N → 200 {event}: the comment becomes
// "[deleted]" with its replies and claims kept. Only the author may delete (403); a stale
// version is 409 with the comment as it is now.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { DebateEvent } from '../../src/domain/events';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { idParam } from './params';
import { describeIssue, requireWriter, writeResponse } from './request';

export interface DeleteCommentResponse {
  /** The comment.deleted event: the comment emptied at its new version, its anchors orphaned. */
  event: DebateEvent;
}

const QuerySchema = z.object({
  version: z.coerce
    .number({ error: 'give the version of the comment you are deleting, e.g. ?version=1' })
    .int({ error: 'a version is a whole number' })
    .positive({ error: 'a version is 1 or more' }),
});

export function deleteComment(app: Hono, deps: ApiDeps): void {
  app.delete('/api/debates/:id/comments/:commentId', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const commentId = idParam(c, 'commentId', 'comment');
    if (commentId instanceof Response) return commentId;
    const actor = await requireWriter(c, deps, 'comment.delete', { debateId: id });
    if (actor instanceof Response) return actor;
    const query = QuerySchema.safeParse({ version: c.req.query('version') });
    if (!query.success) return errorResponse(c, 422, 'invalid', describeIssue(query.error));
    const result = await deps.store.deleteComment(id, actor.user, commentId, query.data.version);
    return writeResponse(c, result, 200, id);
  });
}
