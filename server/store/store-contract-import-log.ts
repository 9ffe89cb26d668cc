// An imported event log in the Store contract (decision 0009), on memory, PGlite and PostgreSQL:
// a debate saved with the log another installation exported reads, replays, undoes and continues
// exactly as the original; a log that does not replay to its debate is refused and saves
// nothing; a debate saved without one is its own base at seq 0.
import { beforeEach, describe, expect, it } from 'vitest';
import type { DebateEvent } from '../../src/domain/events';
import type { DebateLog } from '../../src/domain/formats/debate-log';
import type { Debate } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import type { Store } from './store';
import { InvalidDebateError, overviewOf } from './store';
import { ADA, addUsers, BOB, okEvent } from './store-contract-writes';

const D = 'free-buses';

/** The original: replies, a curation, a merge and a hide, through the store's own writes. */
async function history(store: Store): Promise<{ debate: Debate; log: DebateLog }> {
  await store.createDebate(smallDebate());
  okEvent(
    await store.addComment(D, ADA, { parentId: 'c1', body: 'Crowded buses are full buses.' }),
  );
  okEvent(
    await store.moderate(D, BOB, {
      kind: 'edit-claim',
      claimId: 'fares-small',
      text: 'Fares are small.',
    }),
  );
  okEvent(
    await store.mergeClaims(D, BOB, {
      claimIds: ['tallinn', 'overcrowding'],
      survivor: { keep: 'overcrowding' },
    }),
  );
  okEvent(await store.moderate(D, BOB, { kind: 'hide-comment', commentId: 'c2', hidden: true }));
  const debate = (await store.getDebate(D)) as Debate;
  const base = await store.getDebateBase(D);
  const events = (await store.eventsAfter(D, 0, 100)) ?? [];
  if (!base) throw new Error('a new debate has a base');
  return { debate, log: { base, events } };
}

const named = (events: readonly DebateEvent[], debateId: string) =>
  events.map((event) => ({ ...event, debateId }));

export function describeImportLogContract(name: string, getStore: () => Store): void {
  describe(`Store contract, imported event logs: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = getStore();
      await addUsers(store);
    });

    it('keeps an imported log: the copy reads, undoes and continues as the original', async () => {
      const { debate, log } = await history(store);
      const copy = { ...debate, id: 'copy' };
      await store.createDebate(copy, { base: log.base, events: named(log.events, 'copy') });
      expect(await store.getDebate('copy')).toEqual(copy);
      expect(await store.eventsAfter('copy', 0, 100)).toEqual(named(log.events, 'copy'));
      expect(await store.getDebateBase('copy')).toEqual(log.base);
      expect(await store.getDebateOverview('copy')).toEqual(overviewOf(copy, log.events.length));
      // Undo and unmerge read the imported rows exactly as they read the original's.
      const hide = log.events.length;
      const undone = okEvent(await store.moderate('copy', BOB, { kind: 'undo', seq: hide }));
      expect(undone.seq).toBe(hide + 1);
      okEvent(await store.moderate(D, BOB, { kind: 'undo', seq: hide }));
      const merge = log.events.findIndex((e) => e.type === 'claims.merged') + 1;
      okEvent(await store.unmergeClaims('copy', BOB, merge));
      okEvent(await store.unmergeClaims(D, BOB, merge));
      expect(await store.getDebate('copy')).toEqual({ ...(await store.getDebate(D)), id: 'copy' });
    });

    it('keeps actor ids that name no account here, as they are', async () => {
      const { debate, log } = await history(store);
      const events = named(log.events, 'elsewhere').map((e) => ({ ...e, actorId: 'u-far-away' }));
      await store.createDebate({ ...debate, id: 'elsewhere' }, { base: log.base, events });
      const stored = (await store.eventsAfter('elsewhere', 0, 100)) ?? [];
      expect(stored.map((e) => e.actorId)).toEqual(events.map(() => 'u-far-away'));
    });

    it('refuses a log that does not replay to its debate, naming the event, and saves nothing', async () => {
      const { debate, log } = await history(store);
      const events = named(log.events, 'forged');
      const hide = events.at(-1);
      const before = hide?.before?.comments[0];
      if (!hide || !before) throw new Error('the hide carries the comment as it was');
      // Undo would put back words the comment never had.
      before.body = 'Words nobody wrote.';
      const forged = { ...debate, id: 'forged' };
      const error = await store.createDebate(forged, { base: log.base, events }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidDebateError);
      expect((error as InvalidDebateError).errors.join(' ')).toContain(`Event ${hide.seq} `);
      expect(await store.getDebate('forged')).toBeNull();
      expect(await store.eventsAfter('forged', 0, 10)).toBeNull();
    });

    it('saves a debate without a log as its own base at seq 0', async () => {
      const debate = smallDebate('plain');
      await store.createDebate(debate);
      const { comments, claims, relations, anchors } = debate;
      expect(await store.getDebateBase('plain')).toEqual({ comments, claims, relations, anchors });
      expect(await store.eventsAfter('plain', 0, 10)).toEqual([]);
      expect(await store.getDebateBase('nope')).toBeNull();
    });
  });
}
