// GET /api/debates/:id/permissions: what the viewer may do in this debate, every action of the
// permission table (src/domain/permissions.ts) with ok or the table's reason. Keyed by the
// signed-in account, so signing in or out asks again and every control follows.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { type Action, type Allowed, AllowedSchema, RolesSchema } from '../domain/permissions';
import { fetchJson } from './fetch-json';
import { useSession } from './get-session';

export const GetPermissionsResponseSchema = z.object({
  roles: RolesSchema.nullable(),
  permissions: z.record(z.string(), AllowedSchema),
});
export type GetPermissionsResponse = z.infer<typeof GetPermissionsResponseSchema>;

export function permissionsOptions(debateId: string, userId: string | null) {
  return queryOptions({
    queryKey: ['permissions', debateId, userId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/debates/${encodeURIComponent(debateId)}/permissions`,
        GetPermissionsResponseSchema,
        signal,
      ),
  });
}

/** Every permissions query of the debate, whoever asked: a role change refetches them all. */
export function permissionsPrefix(debateId: string) {
  return ['permissions', debateId] as const;
}

/**
 * The viewer's answer for `action` in the debate; undefined while the session or the answer is
 * still loading (controls then stay hidden rather than flash enabled).
 */
export function usePermission(debateId: string, action: Action): Allowed | undefined {
  const session = useSession();
  const userId = session.data?.user?.id ?? null;
  const answer = useQuery({ ...permissionsOptions(debateId, userId), enabled: session.isSuccess });
  const allowed = answer.data?.permissions[action];
  return allowed;
}
