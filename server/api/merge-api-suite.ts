// The merge routes through the real app, as one suite run over every store (merge-api.test.ts
// on memory, merge-api.sql.test.ts on PGlite and PostgreSQL): who may, the preview writes
// nothing, a merge is one event, stale and impossible merges are 409 and 422 with what to do,
// old claim links land on the survivor, undo is one event or a 409 naming what blocks it, and
// two moderators' concurrent requests: one wins.
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import type { FreshStore } from '../testing/sql-stores';
import { Agent, signedUp, testDeps } from './test-kit';

/** A store with nothing in it (each test makes its own world). */

const BASE = '/api/debates/free-buses';
const TWO = { claimIds: ['tallinn', 'overcrowding'], survivor: { keep: 'overcrowding' } };

async function world(fresh: FreshStore) {
  const store = await fresh();
  await store.createDebate(smallDebate());
  const api = { store, app: createApp(testDeps(store)) };
  const mod = await signedUp(api.app, 'moddy');
  const other = await signedUp(api.app, 'commenter');
  await api.store.setDebateModerator(mod.session.user?.id ?? '', 'free-buses', true);
  return { ...api, mod, other, reader: new Agent(api.app) };
}

const body = async (response: Response) => ({
  status: response.status,
  json: await response.json(),
});

export function describeMergeApi(where: string, fresh: FreshStore): void {
  describe(`merge API: ${where}`, () => {
    it('lets only moderators of the debate preview, merge or undo', async () => {
      const { mod, other, reader } = await world(fresh);
      for (const path of [`${BASE}/merges/preview`, `${BASE}/merges`, `${BASE}/merges/1/undo`]) {
        expect((await reader.request('POST', path, { json: TWO })).status).toBe(401);
        const refused = await body(await other.request('POST', path, { json: TWO }));
        expect(refused.status).toBe(403);
        expect(refused.json.error.message).toContain('Only a moderator of this debate');
      }
      expect((await mod.request('POST', `${BASE}/merges/preview`, { json: TWO })).status).toBe(200);
    });

    it('previews without writing, merges in one event, resolves old links, and undoes', async () => {
      const { mod, store, reader } = await world(fresh);
      const preview = await body(
        await mod.request('POST', `${BASE}/merges/preview`, { json: TWO }),
      );
      expect(preview.status).toBe(200);
      expect(preview.json.preview.survivor.phrasings).toEqual([
        'In Tallinn free buses barely changed traffic.',
      ]);
      expect(preview.json.preview.rows).toBeUndefined();
      expect(await store.eventsAfter('free-buses', 0, 10)).toEqual([]);
      const merged = await body(
        await mod.request('POST', `${BASE}/merges`, {
          json: { ...TWO, expected: preview.json.preview.expected, reason: 'Same point.' },
        }),
      );
      expect(merged.status).toBe(201);
      expect(merged.json.event).toMatchObject({
        seq: 1,
        type: 'claims.merged',
        reason: 'Same point.',
      });
      const old = await body(await reader.request('GET', `${BASE}/claims/tallinn/anchors`));
      expect(old.status).toBe(200);
      expect(old.json.claimId).toBe('overcrowding');
      // a5 moved too, but it is said in a hidden comment, which readers are not sent.
      expect(old.json.anchors.map((a: { id: string }) => a.id)).toContain('a4');
      const stored = await store.getDebate('free-buses');
      expect(stored?.anchors.find((a) => a.id === 'a5')?.claimId).toBe('overcrowding');
      const undo = await body(await mod.request('POST', `${BASE}/merges/1/undo`));
      expect(undo.status).toBe(201);
      expect(undo.json.event).toMatchObject({ seq: 2, type: 'claims.unmerged', undoes: 1 });
      expect(await store.getDebate('free-buses')).toEqual(
        expect.objectContaining({ claims: expect.arrayContaining(smallDebate().claims) }),
      );
      const again = await body(
        await mod.request('POST', `${BASE}/merges/1/undo`, { json: { reason: 'x' } }),
      );
      expect(again.status).toBe(409);
      expect(again.json.reasons[0]).toContain('already undone by event 2');
      expect((await mod.request('POST', `${BASE}/merges/2/undo`)).status).toBe(404);
      expect((await mod.request('POST', `${BASE}/merges/x1/undo`)).status).toBe(400);
    });

    it('undoes chained merges last-first: the earlier one is a 409 naming the later merge and who made it', async () => {
      const { mod } = await world(fresh);
      expect((await mod.request('POST', `${BASE}/merges`, { json: TWO })).status).toBe(201);
      const later = { claimIds: ['overcrowding', 'free-buses'], survivor: { text: 'Buses.' } };
      expect((await mod.request('POST', `${BASE}/merges`, { json: later })).status).toBe(201);
      const blocked = await body(await mod.request('POST', `${BASE}/merges/1/undo`));
      expect(blocked.status).toBe(409);
      expect(blocked.json.laterMerge).toMatchObject({ seq: 2, by: 'moddy' });
      expect(blocked.json.error.message).toMatch(/^Unmerge merge 2 \(by moddy, [^)]+\) first/);
      const log = await body(await mod.request('GET', `${BASE}/moderation/log`));
      const first = log.json.entries.find((e: { seq: number }) => e.seq === 1);
      expect(first.undo.reason).toContain('Merge 2 by moddy merged into the same claim later');
      expect((await mod.request('POST', `${BASE}/merges/2/undo`)).status).toBe(201);
      expect((await mod.request('POST', `${BASE}/merges/1/undo`)).status).toBe(201);
    });

    it('answers 422 with reasons for an impossible merge and 409 with the current claims for a stale one', async () => {
      const { mod, store } = await world(fresh);
      const impossible = await body(
        await mod.request('POST', `${BASE}/merges`, {
          json: { claimIds: ['tallinn', 'less-traffic'], survivor: { keep: 'less-traffic' } },
        }),
      );
      expect(impossible.status).toBe(422);
      expect(impossible.json.reasons[0]).toContain('would both support and attack "free-buses"');
      const malformed = await mod.request('POST', `${BASE}/merges`, {
        json: { claimIds: ['tallinn'], survivor: { keep: 'tallinn' } },
      });
      expect(malformed.status).toBe(422);
      const stale = await body(
        await mod.request('POST', `${BASE}/merges`, {
          json: { ...TWO, expected: { tallinn: 'old', overcrowding: 'old' } },
        }),
      );
      expect(stale.status).toBe(409);
      expect(stale.json.current.claims.map((c: { id: string }) => c.id).sort()).toEqual([
        'overcrowding',
        'tallinn',
      ]);
      expect(await store.eventsAfter('free-buses', 0, 10)).toEqual([]);
    });

    it('two moderators merging overlapping claims at once: one 201, one 409', async () => {
      const { mod, app, store } = await world(fresh);
      const second = await signedUp(app, 'moddy2');
      await store.setDebateModerator(second.session.user?.id ?? '', 'free-buses', true);
      const preview = await body(
        await mod.request('POST', `${BASE}/merges/preview`, {
          json: {
            claimIds: ['tallinn', 'overcrowding', 'less-traffic'],
            survivor: { keep: 'tallinn' },
          },
        }),
      );
      const { expected } = preview.json.preview;
      const statuses = await Promise.all([
        mod.request('POST', `${BASE}/merges`, { json: { ...TWO, expected } }),
        second.request('POST', `${BASE}/merges`, {
          json: {
            claimIds: ['tallinn', 'less-traffic'],
            survivor: { keep: 'less-traffic' },
            stances: [{ from: 'less-traffic', to: 'free-buses', kind: 'attacks' }],
            expected,
          },
        }),
      ]);
      expect(statuses.map((r) => r.status).sort()).toEqual([201, 409]);
    });
  });
}
