// The roles half of the Store contract (issue 5): every account starts a commenter; admins
// change site roles and per-debate moderation; the session lookup carries the roles as they are.
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { storedUser } from './store-contract-accounts';

const LATER = new Date('2099-01-01T00:00:00Z');

export function describeRolesContract(name: string, getStore: () => Store): void {
  describe(`Store contract, roles: ${name}`, () => {
    it('starts every account as a commenter, and says null for an unknown one', async () => {
      const store = getStore();
      await store.createUser(storedUser('u-ada', 'Ada'));
      expect(await store.getRoles('u-ada')).toEqual({ site: 'commenter', debates: [] });
      expect(await store.getRoles('u-nobody')).toBeNull();
    });

    it('sets site roles and per-debate moderation, idempotently, seen by the next session lookup', async () => {
      const store = getStore();
      await store.createDebate(smallDebate('one'));
      await store.createDebate(smallDebate('two'));
      await store.createUser(storedUser('u-ada', 'Ada'));
      await store.createSession({
        tokenHash: 'h',
        userId: 'u-ada',
        csrfToken: 'x',
        expiresAt: LATER,
      });
      expect(await store.setDebateModerator('u-ada', 'two', true)).toEqual({
        kind: 'ok',
        roles: { site: 'commenter', debates: ['two'] },
      });
      await store.setDebateModerator('u-ada', 'one', true);
      await store.setDebateModerator('u-ada', 'one', true);
      expect((await store.getSession('h', new Date()))?.roles).toEqual({
        site: 'commenter',
        debates: ['one', 'two'],
      });
      expect(await store.setSiteRole('u-ada', 'admin')).toEqual({
        kind: 'ok',
        roles: { site: 'admin', debates: ['one', 'two'] },
      });
      await store.setDebateModerator('u-ada', 'two', false);
      await store.setDebateModerator('u-ada', 'two', false);
      expect((await store.getSession('h', new Date()))?.roles).toEqual({
        site: 'admin',
        debates: ['one'],
      });
    });

    it('refuses unknown accounts and debates, changing nothing', async () => {
      const store = getStore();
      await store.createDebate(smallDebate('one'));
      await store.createUser(storedUser('u-ada', 'Ada'));
      expect(await store.setSiteRole('u-nobody', 'admin')).toEqual({ kind: 'no-user' });
      expect(await store.setDebateModerator('u-nobody', 'one', true)).toEqual({ kind: 'no-user' });
      expect(await store.setDebateModerator('u-ada', 'nope', true)).toEqual({ kind: 'no-debate' });
      expect(await store.getRoles('u-ada')).toEqual({ site: 'commenter', debates: [] });
    });

    it('lists accounts by name with their roles', async () => {
      const store = getStore();
      await store.createUser(storedUser('u-2', 'bob'));
      await store.createUser(storedUser('u-1', 'Ada'));
      await store.setSiteRole('u-2', 'moderator');
      expect(await store.listUsers()).toEqual([
        { user: { id: 'u-1', name: 'Ada' }, roles: { site: 'commenter', debates: [] } },
        { user: { id: 'u-2', name: 'bob' }, roles: { site: 'moderator', debates: [] } },
      ]);
    });
  });
}
