// GET /api/admin/users → {users: [{user, roles}]}: every account with its roles (admins only).
import type { Hono } from 'hono';
import type { UserWithRoles } from '../store/roles';
import type { ApiDeps } from './deps';
import { requireAllowed } from './request';

export interface ListUsersResponse {
  users: UserWithRoles[];
}

export function listUsers(app: Hono, deps: ApiDeps): void {
  app.get('/api/admin/users', async (c) => {
    const actor = await requireAllowed(c, deps, 'users.list');
    if (actor instanceof Response) return actor;
    c.header('Cache-Control', 'no-store');
    return c.json<ListUsersResponse>({ users: await deps.store.listUsers() });
  });
}
