// Accounts and their roles, for admins:
//   GET    /api/admin/users → {users: [{user, roles}]}
//   PUT    /api/admin/users/:userId/role {role}          (site role: commenter, moderator, admin)
//   PUT    /api/admin/users/:userId/debates/:debateId    (moderator of one debate)
//   DELETE /api/admin/users/:userId/debates/:debateId
// Each change answers the account's roles; the list and every permissions answer are asked
// again (the admin may have changed their own).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { UserSchema } from '../domain/commands';
import { RolesSchema, type SiteRole } from '../domain/permissions';
import { fetchJson, sendJson } from './fetch-json';
import { recheckSessionAfter, sessionOptions, useCsrfToken } from './get-session';

export const ListUsersResponseSchema = z.object({
  users: z.array(z.object({ user: UserSchema, roles: RolesSchema })),
});
export type ListUsersResponse = z.infer<typeof ListUsersResponseSchema>;
const RolesResponseSchema = z.object({ roles: RolesSchema });

export function usersOptions() {
  return queryOptions({
    queryKey: ['admin', 'users'] as const,
    queryFn: ({ signal }) => fetchJson('/api/admin/users', ListUsersResponseSchema, signal),
  });
}

export function useUsers(enabled: boolean) {
  return useQuery({ ...usersOptions(), enabled });
}

export type RoleChange =
  | { kind: 'site'; userId: string; role: SiteRole }
  | { kind: 'debate'; userId: string; debateId: string; moderator: boolean };

export function changeRole(change: RoleChange, csrfToken: string | null) {
  const user = `/api/admin/users/${encodeURIComponent(change.userId)}`;
  if (change.kind === 'site') {
    return sendJson(
      `${user}/role`,
      { method: 'PUT', body: { role: change.role }, csrfToken },
      RolesResponseSchema,
    );
  }
  return sendJson(
    `${user}/debates/${encodeURIComponent(change.debateId)}`,
    { method: change.moderator ? 'PUT' : 'DELETE', csrfToken },
    RolesResponseSchema,
  );
}

export function useChangeRole() {
  const client = useQueryClient();
  const csrf = useCsrfToken();
  return useMutation({
    mutationKey: ['admin', 'change-role'],
    mutationFn: (change: RoleChange) => changeRole(change, csrf()),
    onError: (error) => recheckSessionAfter(client, error),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: usersOptions().queryKey }),
        client.invalidateQueries({ queryKey: ['permissions'] }),
        client.invalidateQueries({ queryKey: sessionOptions().queryKey }),
      ]),
  });
}
