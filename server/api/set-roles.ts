// Admins grant and revoke roles (no debate event: roles are not part of a debate):
//   PUT    /api/admin/users/:userId/role {role: 'commenter'|'moderator'|'admin'} → 200 {roles}
//   PUT    /api/admin/users/:userId/debates/:debateId → 200 {roles}  (moderator of one debate)
//   DELETE /api/admin/users/:userId/debates/:debateId → 200 {roles}
// A change takes effect on the user's next request: sessions read roles at each lookup.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type Roles, SiteRoleSchema } from '../../src/domain/permissions';
import type { RoleChange } from '../store/roles';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';
import { readBody, requireWriter } from './request';

export interface SetRolesResponse {
  /** The account's roles after the change. */
  roles: Roles;
}

const SetSiteRoleSchema = z.object({ role: SiteRoleSchema });

function roleResponse(c: Context, result: RoleChange, userId: string, debateId?: string) {
  if (result.kind === 'ok') return c.json<SetRolesResponse>({ roles: result.roles });
  if (result.kind === 'no-debate' && debateId) return debateNotFound(c, debateId);
  return errorResponse(
    c,
    404,
    'not_found',
    `No account with id "${userId}". See GET /api/admin/users.`,
  );
}

export function setRoles(app: Hono, deps: ApiDeps): void {
  app.put('/api/admin/users/:userId/role', async (c) => {
    const userId = idParam(c, 'userId', 'user');
    if (userId instanceof Response) return userId;
    const actor = await requireWriter(c, deps, 'roles.manage');
    if (actor instanceof Response) return actor;
    const input = await readBody(c, SetSiteRoleSchema);
    if (input instanceof Response) return input;
    if (userId === actor.user.id && input.role !== 'admin') {
      // The last admin demoting themself would lock everyone out of role changes.
      const admins = (await deps.store.listUsers()).filter((u) => u.roles.site === 'admin');
      if (admins.length <= 1) {
        return errorResponse(
          c,
          422,
          'invalid',
          'You are the only admin; make another admin first.',
        );
      }
    }
    return roleResponse(c, await deps.store.setSiteRole(userId, input.role), userId);
  });

  for (const method of ['put', 'delete'] as const) {
    app[method]('/api/admin/users/:userId/debates/:debateId', async (c) => {
      const userId = idParam(c, 'userId', 'user');
      if (userId instanceof Response) return userId;
      const debateId = idParam(c, 'debateId', 'debate');
      if (debateId instanceof Response) return debateId;
      const actor = await requireWriter(c, deps, 'roles.manage');
      if (actor instanceof Response) return actor;
      const result = await deps.store.setDebateModerator(userId, debateId, method === 'put');
      return roleResponse(c, result, userId, debateId);
    });
  }
}
