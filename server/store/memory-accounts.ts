// Accounts, sessions and roles for the memory adapter. Browser-safe (the demo signs up in MSW).
import type { Id } from '../../src/domain/model';
import { COMMENTER, normaliseRoles, type Roles } from '../../src/domain/permissions';
import type { RoleChange } from './roles';
import type { AccountMethods, ActiveSession, NewSession, StoredUser } from './store';

export function createMemoryAccounts(
  assertOpen: () => void,
  hasDebate: (id: Id) => boolean = () => false,
): AccountMethods {
  // Keyed by the lower-cased name: names are compared case-insensitively, as the SQL index does.
  const users = new Map<string, StoredUser>();
  const sessions = new Map<string, NewSession>();
  const roles = new Map<Id, Roles>();

  const findById = (id: string) => [...users.values()].find((u) => u.user.id === id);
  const rolesOf = (id: Id): Roles => structuredClone(roles.get(id) ?? COMMENTER);

  const change = (userId: Id, next: (current: Roles) => Roles): RoleChange => {
    assertOpen();
    if (!findById(userId)) return { kind: 'no-user' };
    const updated = normaliseRoles(next(rolesOf(userId)));
    roles.set(userId, updated);
    return { kind: 'ok', roles: structuredClone(updated) };
  };

  return {
    async createUser(input) {
      assertOpen();
      const key = input.user.name.toLowerCase();
      if (users.has(key) || findById(input.user.id)) return { kind: 'taken' };
      users.set(key, structuredClone(input));
      return { kind: 'created' };
    },
    async findUserByName(name) {
      assertOpen();
      const found = users.get(name.toLowerCase());
      return found ? structuredClone(found) : null;
    },
    async createSession(session) {
      assertOpen();
      if (!findById(session.userId)) throw new Error(`No user "${session.userId}".`);
      sessions.set(session.tokenHash, { ...session, expiresAt: new Date(session.expiresAt) });
    },
    async getSession(tokenHash, now): Promise<ActiveSession | null> {
      assertOpen();
      const session = sessions.get(tokenHash);
      if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
      const owner = findById(session.userId);
      if (!owner) return null;
      return {
        user: { ...owner.user },
        roles: rolesOf(owner.user.id),
        csrfToken: session.csrfToken,
        expiresAt: new Date(session.expiresAt),
      };
    },
    async deleteSession(tokenHash) {
      assertOpen();
      sessions.delete(tokenHash);
    },
    async getRoles(userId) {
      assertOpen();
      return findById(userId) ? rolesOf(userId) : null;
    },
    async setSiteRole(userId, site) {
      return change(userId, (current) => ({ ...current, site }));
    },
    async setDebateModerator(userId, debateId, moderator) {
      assertOpen();
      if (!hasDebate(debateId)) return { kind: 'no-debate' };
      return change(userId, (current) => ({
        ...current,
        debates: moderator
          ? [...current.debates, debateId]
          : current.debates.filter((id) => id !== debateId),
      }));
    },
    async listUsers() {
      assertOpen();
      return [...users.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, stored]) => ({ user: { ...stored.user }, roles: rolesOf(stored.user.id) }));
    },
  };
}
