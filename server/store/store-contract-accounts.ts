// The account half of the Store contract: users (names unique in any letter case) and sessions
// (found by token hash until they expire or are deleted).
import { describe, expect, it } from 'vitest';
import type { Store, StoredUser } from './store';

export function storedUser(id: string, name: string): StoredUser {
  return { user: { id, name }, passwordHash: `scrypt$test$${id}` };
}

const HOUR = 60 * 60 * 1000;

export function describeAccountsContract(name: string, getStore: () => Store): void {
  describe(`Store contract, accounts: ${name}`, () => {
    it('creates a user and finds it by name in any letter case', async () => {
      const store = getStore();
      expect(await store.createUser(storedUser('u-ada', 'Ada_L'))).toEqual({ kind: 'created' });
      expect(await store.findUserByName('Ada_L')).toEqual(storedUser('u-ada', 'Ada_L'));
      expect(await store.findUserByName('ada_l')).toEqual(storedUser('u-ada', 'Ada_L'));
      expect(await store.findUserByName('ADA_L')).toEqual(storedUser('u-ada', 'Ada_L'));
      expect(await store.findUserByName('grace')).toBeNull();
    });

    it('refuses a name taken in another letter case, keeping the first account', async () => {
      const store = getStore();
      await store.createUser(storedUser('u-ada', 'Ada_L'));
      expect(await store.createUser(storedUser('u-other', 'aDA_l'))).toEqual({ kind: 'taken' });
      expect(await store.findUserByName('ada_l')).toEqual(storedUser('u-ada', 'Ada_L'));
    });

    it('gives only one of two sign-ups racing for one name', async () => {
      const store = getStore();
      const results = await Promise.all([
        store.createUser(storedUser('u-1', 'racer')),
        store.createUser(storedUser('u-2', 'RACER')),
      ]);
      expect(results.map((r) => r.kind).sort()).toEqual(['created', 'taken']);
    });

    it('finds a session by token hash until it expires', async () => {
      const store = getStore();
      await store.createUser(storedUser('u-ada', 'Ada_L'));
      const expiresAt = new Date('2030-01-01T12:00:00.000Z');
      await store.createSession({
        tokenHash: 'h1',
        userId: 'u-ada',
        csrfToken: 'csrf1',
        expiresAt,
      });
      const before = new Date(expiresAt.getTime() - HOUR);
      expect(await store.getSession('h1', before)).toEqual({
        user: { id: 'u-ada', name: 'Ada_L' },
        roles: { site: 'commenter', debates: [] },
        csrfToken: 'csrf1',
        expiresAt,
      });
      expect(await store.getSession('h1', expiresAt)).toBeNull();
      expect(await store.getSession('h1', new Date(expiresAt.getTime() + 1))).toBeNull();
      expect(await store.getSession('nope', before)).toBeNull();
    });

    it('forgets a deleted session and keeps the user’s others', async () => {
      const store = getStore();
      await store.createUser(storedUser('u-ada', 'Ada_L'));
      const expiresAt = new Date('2030-01-01T12:00:00.000Z');
      const now = new Date('2029-12-31T00:00:00.000Z');
      await store.createSession({ tokenHash: 'h1', userId: 'u-ada', csrfToken: 'a', expiresAt });
      await store.createSession({ tokenHash: 'h2', userId: 'u-ada', csrfToken: 'b', expiresAt });
      await store.deleteSession('h1');
      await store.deleteSession('never-existed');
      expect(await store.getSession('h1', now)).toBeNull();
      expect((await store.getSession('h2', now))?.csrfToken).toBe('b');
    });
  });
}
