// GET /api/debates/:id/comments/:commentId/context: a comment and its ancestors with their
// anchors, so a permalink can show the comment in place before the pages around it are loaded.
import type { Hono } from 'hono';
import type { Anchor } from '../../src/domain/model';
import type { ThreadComment } from '../../src/domain/thread-page';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';
import { hiddenFor, threadView } from './reader-view';

export interface GetCommentContextResponse {
  /** The anchors said in `comments`, in the debate's anchor order. */
  anchors: Anchor[];
  /** The comment and all its ancestors, in 'oldest' thread order (the comment last). */
  comments: ThreadComment[];
}

export function getCommentContext(app: Hono, deps: ApiDeps): void {
  const { store } = deps;
  app.get('/api/debates/:id/comments/:commentId/context', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const commentId = idParam(c, 'commentId', 'comment');
    if (commentId instanceof Response) return commentId;
    const result = await store.getCommentContext(id, commentId);
    if (result.kind === 'no-debate') return debateNotFound(c, id);
    if (result.kind === 'no-comment') {
      return errorResponse(c, 404, 'not_found', `No comment "${commentId}" in debate "${id}".`);
    }
    const shown = threadView(await hiddenFor(c, deps, id), result);
    return c.json<GetCommentContextResponse>({
      anchors: shown.anchors,
      comments: shown.comments,
    });
  });
}
