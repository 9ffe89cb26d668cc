// POST /api/debates/:id/claims MarkClaim (a new wording `text`, or an existing `claimId` whose
// anchor the words become) → 201 {event} when the words are in the writer's own comment; 202
// {suggestion} when they are in the post or someone else's comment (it waits for a moderator and
// is listed by list-suggestions.ts). 409 when the words already state that claim (or wait to);
// 422 naming the field for an unknown or hidden claim.
import type { Hono } from 'hono';
import { MarkClaimSchema, type Suggestion } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import type { ApiDeps } from './deps';
import { idParam } from './params';
import { readBody, requireWriter, writeResponse } from './request';

export type MarkClaimResponse =
  /** 201: applied (claim.marked). */
  | { event: DebateEvent }
  /** 202: stored as a pending suggestion; nothing in the debate changed. */
  | { suggestion: Suggestion };

export function markClaim(app: Hono, deps: ApiDeps): void {
  app.post('/api/debates/:id/claims', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireWriter(c, deps, 'claim.mark', { debateId: id });
    if (actor instanceof Response) return actor;
    const input = await readBody(c, MarkClaimSchema);
    if (input instanceof Response) return input;
    return writeResponse(c, await deps.store.markClaim(id, actor.user, input), 201, id);
  });
}
