// POST /api/debates/:id/comments NewComment → 201 {event}: a reply to the post or a comment, or
// (with `reply`) a reply to a claim that also adds the claim, relation and anchor it states.
import type { Hono } from 'hono';
import { NewCommentSchema } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import type { ApiDeps } from './deps';
import { idParam } from './params';
import { checkCommentBody, readBody, requireWriter, writeResponse } from './request';

export interface AddCommentResponse {
  /** The comment.added event: the new comment, and for a claim reply its claim, relation, anchor. */
  event: DebateEvent;
}

export function addComment(app: Hono, deps: ApiDeps): void {
  app.post('/api/debates/:id/comments', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireWriter(c, deps, 'comment.add', { debateId: id });
    if (actor instanceof Response) return actor;
    const input = await readBody(c, NewCommentSchema);
    if (input instanceof Response) return input;
    const refused = checkCommentBody(c, input.body);
    if (refused) return refused;
    return writeResponse(c, await deps.store.addComment(id, actor.user, input), 201, id);
  });
}
