// The overview cache on its own: one build per debate, view and change; a change announced by
// the store drops the debate's bodies (also one that was being built across it); bytes stay
// under the limit, least recently used first out.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EventListener } from '../store/store';
import { acceptsGzip, createOverviewCache } from './overview-cache';

/** A store's subscribe, with a way to announce a commit as the store would. */
function fakeEvents() {
  const listeners = new Set<EventListener>();
  return {
    subscribe(listener: EventListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commit(debateId: string, seq: number) {
      for (const listener of listeners) listener(debateId, seq);
    },
    get listening() {
      return listeners.size;
    },
  };
}

/** A build that counts its calls and answers with the debate's current seq. */
function builder(seqs: Map<string, number>) {
  let calls = 0;
  return {
    build:
      (debateId: string, extra = '') =>
      async () => {
        calls += 1;
        const seq = seqs.get(debateId) ?? 0;
        return { body: { debateId, seq, extra }, seq };
      },
    get calls() {
      return calls;
    },
  };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the overview cache', () => {
  it('builds once per debate and view, and serves the same bytes, also gzipped', async () => {
    const events = fakeEvents();
    const cache = createOverviewCache(events);
    const counter = builder(new Map([['a', 3]]));
    const first = await cache.read('a', 'reader', counter.build('a'));
    const again = await cache.read('a', 'reader', counter.build('a'));
    expect(counter.calls).toBe(1);
    expect(again).toBe(first);
    expect(JSON.parse(text(first?.json ?? new Uint8Array()))).toEqual({
      debateId: 'a',
      seq: 3,
      extra: '',
    });
    expect(text(gunzipSync(first?.gzip ?? new Uint8Array()))).toBe(
      text(first?.json ?? new Uint8Array()),
    );
    expect(first?.seq).toBe(3);
  });

  it('keeps readers and moderators apart', async () => {
    const cache = createOverviewCache(fakeEvents());
    const counter = builder(new Map());
    const reader = await cache.read('a', 'reader', counter.build('a', 'reader'));
    const moderator = await cache.read('a', 'moderator', counter.build('a', 'moderator'));
    expect(counter.calls).toBe(2);
    expect(text(reader?.json ?? new Uint8Array())).toContain('"extra":"reader"');
    expect(text(moderator?.json ?? new Uint8Array())).toContain('"extra":"moderator"');
    // Each view is served its own body afterwards.
    const readerAgain = await cache.read('a', 'reader', counter.build('a', 'wrong'));
    expect(readerAgain).toBe(reader);
  });

  it('drops both views of a debate when it changes (new seq), and only that debate', async () => {
    const events = fakeEvents();
    const cache = createOverviewCache(events);
    const seqs = new Map([
      ['a', 1],
      ['b', 1],
    ]);
    const counter = builder(seqs);
    await cache.read('a', 'reader', counter.build('a'));
    await cache.read('a', 'moderator', counter.build('a'));
    await cache.read('b', 'reader', counter.build('b'));
    seqs.set('a', 2);
    events.commit('a', 2);
    expect((await cache.read('a', 'reader', counter.build('a')))?.seq).toBe(2);
    expect((await cache.read('a', 'moderator', counter.build('a')))?.seq).toBe(2);
    expect((await cache.read('b', 'reader', counter.build('b')))?.seq).toBe(1);
    expect(counter.calls).toBe(5);
  });

  it('does not keep a body built across a change, since it may predate it', async () => {
    const events = fakeEvents();
    const cache = createOverviewCache(events);
    let calls = 0;
    const slow = async () => {
      calls += 1;
      const body = { seq: calls };
      // The debate changes while this build is reading.
      if (calls === 1) events.commit('a', 2);
      return { body, seq: calls };
    };
    expect((await cache.read('a', 'reader', slow))?.seq).toBe(1);
    expect((await cache.read('a', 'reader', slow))?.seq).toBe(2);
    expect((await cache.read('a', 'reader', slow))?.seq).toBe(2);
    expect(calls).toBe(2);
  });

  it('does not cache a missing debate', async () => {
    const cache = createOverviewCache(fakeEvents());
    let calls = 0;
    const missing = async () => {
      calls += 1;
      return null;
    };
    expect(await cache.read('nope', 'reader', missing)).toBeNull();
    expect(await cache.read('nope', 'reader', missing)).toBeNull();
    expect(calls).toBe(2);
    expect(cache.bytes).toBe(0);
  });

  it('stays under its byte limit, evicting the least recently used first', async () => {
    const big = 'x'.repeat(10_000);
    const one = await createOverviewCache(fakeEvents()).read('z', 'reader', async () => ({
      body: { big, id: 'z' },
      seq: 0,
    }));
    const entryBytes = (one?.json.byteLength ?? 0) + (one?.gzip.byteLength ?? 0);
    const cache = createOverviewCache(fakeEvents(), entryBytes * 2 + 10);
    let calls = 0;
    const build = (id: string) => async () => {
      calls += 1;
      return { body: { big, id: id.padEnd(1, 'z') }, seq: 0 };
    };
    await cache.read('a', 'reader', build('a'));
    await cache.read('b', 'reader', build('b'));
    await cache.read('a', 'reader', build('a')); // a is now the most recently used
    await cache.read('c', 'reader', build('c')); // evicts b
    expect(cache.bytes).toBeLessThanOrEqual(entryBytes * 2 + 10);
    expect(calls).toBe(3);
    await cache.read('a', 'reader', build('a'));
    expect(calls).toBe(3);
    await cache.read('b', 'reader', build('b'));
    expect(calls).toBe(4);
  });

  it('serves but does not keep a body bigger than the whole limit', async () => {
    const cache = createOverviewCache(fakeEvents(), 100);
    const body = await cache.read('a', 'reader', async () => ({ body: 'y'.repeat(500), seq: 0 }));
    expect(body?.json.byteLength).toBeGreaterThan(100);
    expect(cache.bytes).toBe(0);
  });

  it('listens to the store from its first read until closed', async () => {
    const events = fakeEvents();
    const cache = createOverviewCache(events);
    expect(events.listening).toBe(0);
    await cache.read('a', 'reader', builder(new Map()).build('a'));
    await cache.read('b', 'reader', builder(new Map()).build('b'));
    expect(events.listening).toBe(1);
    cache.close();
    expect(events.listening).toBe(0);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['deflate', false],
    ['identity', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
