// GET /api/debates/:id/moderation/log → {entries}: who did what, when and why, newest first,
// each with whether it can be undone (the method and path) or the reason it cannot (moderators).
// GET /api/debates/:id/claims/:claimId/history → {revisions}: every wording the claim has had
// (anyone may read it, except for a hidden claim, which only moderators see).
import type { Hono } from 'hono';
import type { ClaimRevision } from '../../src/domain/moderation/commands';
import { type ModerationLogEntry, moderationLog } from '../../src/domain/moderation/log';
import { can } from '../../src/domain/permissions';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';
import { currentActor, requireAllowed } from './request';

export interface ModerationLogResponse {
  entries: ModerationLogEntry[];
}
export interface ClaimHistoryResponse {
  revisions: ClaimRevision[];
}

/** Events read after the first entry, to tell which entries a later change blocks. */
const LATER_EVENTS_READ = 100_000;

export function moderationLogRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/debates/:id/moderation/log', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireAllowed(c, deps, 'moderation.log', { debateId: id });
    if (actor instanceof Response) return actor;
    const entries = await deps.store.moderationEvents(id);
    if (entries === null) return debateNotFound(c, id);
    const first = entries[0];
    const later = first
      ? ((await deps.store.eventsAfter(id, first.seq, LATER_EVENTS_READ)) ?? [])
      : [];
    const names = new Map((await deps.store.listUsers()).map((u) => [u.user.id, u.user.name]));
    c.header('Cache-Control', 'no-store');
    return c.json<ModerationLogResponse>({ entries: moderationLog(entries, later, names) });
  });

  app.get('/api/debates/:id/claims/:claimId/history', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const claimId = idParam(c, 'claimId', 'claim');
    if (claimId instanceof Response) return claimId;
    const hidden = await deps.store.hiddenIds(id);
    if (hidden === null) return debateNotFound(c, id);
    const seesHidden = can(await currentActor(c, deps), 'hidden.view', { debateId: id }).ok;
    const revisions = await deps.store.claimHistory(id, claimId);
    if (revisions === null || (!seesHidden && hidden.claims.includes(claimId))) {
      return errorResponse(c, 404, 'not_found', `No claim "${claimId}" in debate "${id}".`);
    }
    c.header('Cache-Control', 'no-store');
    return c.json<ClaimHistoryResponse>({ revisions });
  });
}
