// One behaviour for every Store adapter: each adapter's test file calls describeStoreContract, so
// memory, PGlite and PostgreSQL are held to exactly the same promises.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Debate } from '../../src/domain/model';
import { bareDebate, smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { DebateExistsError, InvalidDebateError } from './store';
import { describeAccountsContract } from './store-contract-accounts';
import { describeEditsContract } from './store-contract-edits';
import { describeEventsContract } from './store-contract-events';
import { describeImportLogContract } from './store-contract-import-log';
import { describeMarkExistingContract } from './store-contract-mark-existing';
import { describeMergeContract } from './store-contract-merge';
import { describeModerationContract } from './store-contract-moderation';
import { describeModerationPropertyContract } from './store-contract-moderation-property';
import { describeReplayContract } from './store-contract-replay';
import { describeRolesContract } from './store-contract-roles';
import { describeThreadContract } from './store-contract-thread';
import { describeWritesContract } from './store-contract-writes';

export interface StoreContractSetup {
  /** Called once per suite; the store is closed after the last test. */
  create(): Promise<Store>;
  /** Empties the store between tests, keeping the same instance. */
  reset(): Promise<void>;
  /** How many random write sequences the property test tries (fewer where writes are slow). */
  propertyRuns?: number;
}

async function expectRejects<E extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => E,
): Promise<E> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

function withRelationToMissingClaim(debate: Debate): Debate {
  return {
    ...debate,
    relations: [
      ...debate.relations,
      { id: 'r-ghost', from: 'tallinn', to: 'nope', kind: 'attacks' },
    ],
  };
}

function withDuplicateRelation(debate: Debate): Debate {
  const [first] = debate.relations;
  if (!first) throw new Error('the fixture needs a relation');
  return { ...debate, relations: [...debate.relations, { ...first, id: 'r-again' }] };
}

export function describeStoreContract(name: string, setup: StoreContractSetup): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await setup.create();
    });
    beforeEach(async () => {
      await setup.reset();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('reads back a saved debate exactly as written', async () => {
      const debate = smallDebate();
      await store.createDebate(debate);
      expect(await store.getDebate(debate.id)).toEqual(debate);
      // Deep equality above ignores key order and undefined keys; JSON pins the exact payload.
      expect(JSON.stringify(await store.getDebate(debate.id))).toBe(JSON.stringify(debate));
    });

    it('round-trips the fields written comments and edited anchors have, and their absence', async () => {
      const debate = smallDebate();
      const [c2, c1] = debate.comments;
      const anchor = debate.anchors[3];
      if (!c1 || !c2 || !anchor) throw new Error('the fixture changed');
      debate.comments[1] = {
        ...c1,
        authorId: 'u-grace',
        version: 3,
        editedAt: '2024-05-03T10:00:00.000Z',
        target: { claimId: 'free-buses', stance: 'attacks' },
      };
      debate.comments[0] = { ...c2, version: 1 };
      debate.anchors[3] = { ...anchor, orphaned: true };
      await store.createDebate(debate);
      expect(JSON.stringify(await store.getDebate(debate.id))).toBe(JSON.stringify(debate));
    });

    it('round-trips a debate whose lists are all empty', async () => {
      const debate = bareDebate();
      await store.createDebate(debate);
      expect(await store.getDebate(debate.id)).toEqual(debate);
    });

    it('lists summaries in creation order with correct counts', async () => {
      await store.createDebate(smallDebate('zeta'));
      await store.createDebate(bareDebate('alpha'));
      expect(await store.listDebates()).toEqual([
        {
          id: 'zeta',
          title: 'Should buses be free?',
          author: 'Ada Lovelace',
          publishedAt: '2024-05-01T09:30:00+02:00',
          commentCount: 3,
          claimCount: 5,
        },
        {
          id: 'alpha',
          title: 'A post nobody answered',
          author: null,
          publishedAt: null,
          commentCount: 0,
          claimCount: 0,
        },
      ]);
    });

    it('lists nothing and finds nothing when empty', async () => {
      expect(await store.listDebates()).toEqual([]);
      expect(await store.getDebate('free-buses')).toBeNull();
    });

    it('answers null for an unknown id', async () => {
      await store.createDebate(smallDebate());
      expect(await store.getDebate('no-such-debate')).toBeNull();
    });

    it('refuses a second debate with an existing id and keeps the first untouched', async () => {
      const original = smallDebate('taken');
      await store.createDebate(original);
      const impostor = { ...bareDebate('taken'), post: { ...original.post, title: 'Impostor' } };
      const error = await expectRejects(store.createDebate(impostor), DebateExistsError);
      expect(error.debateId).toBe('taken');
      expect(await store.getDebate('taken')).toEqual(original);
      expect(await store.listDebates()).toHaveLength(1);
    });

    it('refuses a relation to a missing claim and writes nothing', async () => {
      const broken = withRelationToMissingClaim(smallDebate());
      const error = await expectRejects(store.createDebate(broken), InvalidDebateError);
      expect(error.errors.join('\n')).toContain('"nope"');
      expect(await store.getDebate(broken.id)).toBeNull();
      expect(await store.listDebates()).toEqual([]);
    });

    it('refuses a duplicate relation and writes nothing', async () => {
      const broken = withDuplicateRelation(smallDebate());
      const error = await expectRejects(store.createDebate(broken), InvalidDebateError);
      expect(error.errors.join('\n')).toContain('r-again');
      expect(await store.getDebate(broken.id)).toBeNull();
      expect(await store.listDebates()).toEqual([]);
    });

    it('refuses a debate that does not match the schema and writes nothing', async () => {
      const broken = { ...smallDebate(), id: 'Not A Slug' };
      await expectRejects(store.createDebate(broken), InvalidDebateError);
      expect(await store.listDebates()).toEqual([]);
    });

    it('keeps two debates with the same claim and comment ids apart', async () => {
      const first = smallDebate('first');
      const second = smallDebate('second');
      second.post.title = 'The second one';
      second.claims = second.claims.map((c) => ({ ...c, text: `${c.text} (again)` }));
      await store.createDebate(first);
      await store.createDebate(second);
      expect(await store.getDebate('first')).toEqual(first);
      expect(await store.getDebate('second')).toEqual(second);
    });

    it('is not changed by callers mutating what they passed in or got back', async () => {
      const debate = smallDebate();
      await store.createDebate(debate);
      debate.claims.pop();
      const read = await store.getDebate(debate.id);
      read?.comments.pop();
      expect(await store.getDebate(debate.id)).toEqual(smallDebate());
    });

    describeThreadContract(name, () => store);
    describeAccountsContract(name, () => store);
    describeRolesContract(name, () => store);
    describeModerationContract(name, () => store);
    describeModerationPropertyContract(name, () => store, setup.propertyRuns ?? 10);
    describeWritesContract(name, () => store);
    describeEditsContract(name, () => store);
    describeMarkExistingContract(name, () => store);
    describeEventsContract(name, () => store);
    describeImportLogContract(name, () => store);
    describeReplayContract(name, () => store, setup.propertyRuns ?? 10);
    describeMergeContract(name, () => store, Math.ceil((setup.propertyRuns ?? 10) / 2));
  });
}
