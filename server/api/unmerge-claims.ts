// POST /api/debates/:id/merges/:seq/undo {reason?} → 201 {event}: undoes the merge event `seq`
// with one 'claims.unmerged' event. 409 {reasons} names each later change the undo would
// overwrite (or the undo that already happened); 404 when `seq` is no merge.
import type { Hono } from 'hono';
import type { DebateEvent } from '../../src/domain/events';
import { UnmergeRequestSchema } from '../../src/domain/merge/merge-request';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { unmergeRefusal } from './merge-response';
import { idParam } from './params';
import { requireWriter } from './request';

export interface UnmergeClaimsResponse {
  /** The 'claims.unmerged' event, with `undoes` the merge's seq. */
  event: DebateEvent;
}

export function unmergeClaims(app: Hono, deps: ApiDeps): void {
  app.post('/api/debates/:id/merges/:seq/undo', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const raw = c.req.param('seq');
    const seq = /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : null;
    if (seq === null) {
      return errorResponse(
        c,
        400,
        'bad_request',
        `"${raw.slice(0, 20)}" is not an event number; use the seq of the merge, e.g. /merges/12/undo.`,
      );
    }
    const actor = await requireWriter(c, deps, 'claims.merge', { debateId: id });
    if (actor instanceof Response) return actor;
    // The body is optional: an empty one is no reason.
    const text = await c.req.text();
    let reason: string | undefined;
    if (text.trim() !== '') {
      const parsed = UnmergeRequestSchema.safeParse(safeJson(text));
      if (!parsed.success) {
        return errorResponse(c, 422, 'invalid', 'The body is { "reason"?: string } or empty.');
      }
      reason = parsed.data.reason;
    }
    const result = await deps.store.unmergeClaims(id, actor.user, seq, reason);
    if (result.kind !== 'ok') {
      const laterBy = result.kind === 'blocked' ? result.laterMerge?.actorId : undefined;
      return unmergeRefusal(c, id, result, laterBy ? await nameOf(deps, laterBy) : undefined);
    }
    return c.json<UnmergeClaimsResponse>({ event: result.event }, 201);
  });
}

/** An account's name, for a refusal that names who made the change in the way. */
async function nameOf(deps: ApiDeps, userId: string): Promise<string> {
  const users = await deps.store.listUsers();
  return users.find((u) => u.user.id === userId)?.user.name ?? 'a removed account';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
