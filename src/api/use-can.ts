// Whether the signed-in account may do `action` in a debate, asked of the permission table
// itself (src/domain/permissions.ts, the rule the server applies) with the session's roles, so
// no request is needed: undefined while the session is loading, so controls never flash enabled.
import type { Id } from '../domain/model';
import { type Action, type Allowed, COMMENTER, can } from '../domain/permissions';
import { useSession } from './get-session';

export function useCan(action: Action, debateId: Id): Allowed | undefined {
  const session = useSession();
  if (!session.data) return undefined;
  const { user, roles } = session.data;
  return can(user ? { user, roles: roles ?? COMMENTER } : null, action, { debateId });
}
