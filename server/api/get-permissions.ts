// GET /api/debates/:id/permissions → {roles, permissions}: what the asker may do in this debate,
// every action of the permission table with ok or the reason (the UI disables a button and shows
// the reason). Owner-only actions are answered for someone else's comment; the client asks
// `can` from src/domain/permissions.ts with the comment's owner for its own.
import type { Hono } from 'hono';
import {
  type Action,
  type Allowed,
  permissionsFor,
  type Roles,
} from '../../src/domain/permissions';
import type { ApiDeps } from './deps';
import { debateNotFound, idParam } from './params';
import { currentActor } from './request';

export interface GetPermissionsResponse {
  /** The asker's roles; null for a reader. */
  roles: Roles | null;
  permissions: Record<Action, Allowed>;
}

export function getPermissions(app: Hono, deps: ApiDeps): void {
  app.get('/api/debates/:id/permissions', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    if ((await deps.store.eventsAfter(id, Number.MAX_SAFE_INTEGER, 1)) === null) {
      return debateNotFound(c, id);
    }
    const actor = await currentActor(c, deps);
    c.header('Cache-Control', 'no-store');
    return c.json<GetPermissionsResponse>({
      roles: actor?.roles ?? null,
      permissions: permissionsFor(actor, id),
    });
  });
}
