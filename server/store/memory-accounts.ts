// Accounts and sessions for the memory adapter. Browser-safe (the demo signs up in MSW).
import type { AccountMethods, ActiveSession, NewSession, StoredUser } from './store';

export function createMemoryAccounts(assertOpen: () => void): AccountMethods {
  // Keyed by the lower-cased name: names are compared case-insensitively, as the SQL index does.
  const users = new Map<string, StoredUser>();
  const sessions = new Map<string, NewSession>();

  const findById = (id: string) => [...users.values()].find((u) => u.user.id === id);

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
        csrfToken: session.csrfToken,
        expiresAt: new Date(session.expiresAt),
      };
    },
    async deleteSession(tokenHash) {
      assertOpen();
      sessions.delete(tokenHash);
    },
  };
}
