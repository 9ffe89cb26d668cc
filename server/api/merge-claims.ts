// POST /api/debates/:id/merges MergeRequest → 201 {event}: the merge as previewed, one
// transaction and one 'claims.merged' event. 422 {reasons} when it cannot be made as asked (an
// unresolved conflict), 409 {current} when a claim changed since the `expected` tags were read.
import type { Hono } from 'hono';
import type { DebateEvent } from '../../src/domain/events';
import { MergeRequestSchema } from '../../src/domain/merge/merge-request';
import type { ApiDeps } from './deps';
import { mergeRefusal } from './merge-response';
import { idParam } from './params';
import { readBody, requireWriter } from './request';

export interface MergeClaimsResponse {
  /** The 'claims.merged' event (its `before` is what undo restores). */
  event: DebateEvent;
}

export function mergeClaims(app: Hono, deps: ApiDeps): void {
  app.post('/api/debates/:id/merges', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireWriter(c, deps, 'claims.merge', { debateId: id });
    if (actor instanceof Response) return actor;
    const input = await readBody(c, MergeRequestSchema);
    if (input instanceof Response) return input;
    const result = await deps.store.mergeClaims(id, actor.user, input);
    if (result.kind !== 'ok') return mergeRefusal(c, id, result);
    return c.json<MergeClaimsResponse>({ event: result.event }, 201);
  });
}
