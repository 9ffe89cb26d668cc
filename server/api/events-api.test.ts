import { describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import { createMemoryStore } from '../store/memory-store';
import type { Store } from '../store/store';
import { SseReader } from './sse-reader';
import { type Agent, signedUp, testApi, testDeps } from './test-kit';

const EVENTS = '/api/debates/free-buses/events';

async function reply(agent: Agent, body: string): Promise<number> {
  const response = await agent.request('POST', '/api/debates/free-buses/comments', {
    json: { parentId: null, body },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { event: { seq: number } }).event.seq;
}

async function connect(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  query = '',
  headers: Record<string, string> = {},
) {
  const response = await app.request(`${EVENTS}${query}`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return new SseReader(response);
}

/** The memory store, counting live subscriptions so a test can see the stream let go. */
function countingStore(store: Store) {
  let active = 0;
  const wrapped: Store = {
    ...store,
    subscribe(listener) {
      active += 1;
      const unsubscribe = store.subscribe(listener);
      return () => {
        active -= 1;
        unsubscribe();
      };
    },
  };
  return { store: wrapped, active: () => active };
}

describe('GET /api/debates/:id/events', () => {
  it('sends the backlog after ?after=N in order, then live events, each with id: seq', async () => {
    const { app } = testApi([smallDebate()]);
    const ada = await signedUp(app, 'ada');
    for (const text of ['One.', 'Two.', 'Three.']) await reply(ada, text);
    const stream = await connect(app, '?after=1');
    const backlog = await stream.events(2);
    expect(backlog.map((e) => [e.id, e.event.seq, e.event.type])).toEqual([
      ['2', 2, 'comment.added'],
      ['3', 3, 'comment.added'],
    ]);
    const seq = await reply(ada, 'Four, live.');
    const [live] = await stream.events(1);
    expect(live?.event.seq).toBe(seq);
    expect(live?.event.upsert.comments[0]?.body).toBe('Four, live.');
    expect(await stream.seqsWithin(100)).toEqual([]);
    stream.close();
  });

  it('resumes after Last-Event-ID with exactly the missed events, none twice', async () => {
    const { app } = testApi([smallDebate()]);
    const ada = await signedUp(app, 'ada');
    const first = await connect(app, '?after=0');
    await reply(ada, 'One.');
    await reply(ada, 'Two.');
    const seen = (await first.events(2)).map((e) => e.event.seq);
    first.close();
    // Missed while disconnected.
    await reply(ada, 'Three.');
    await reply(ada, 'Four.');
    // The browser sends Last-Event-ID, which wins over the ?after of the first connect.
    const again = await connect(app, '?after=0', { 'Last-Event-ID': String(seen.at(-1)) });
    seen.push(...(await again.events(2)).map((e) => e.event.seq));
    await reply(ada, 'Five.');
    seen.push(...(await again.seqsWithin(200)));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    again.close();
  });

  it('sends an event committed while the backlog is read exactly once', async () => {
    const base = createMemoryStore([smallDebate()]);
    let writeDuringRead: (() => Promise<unknown>) | null = null;
    const store: Store = {
      ...base,
      async eventsAfter(debateId, after, limit) {
        const events = await base.eventsAfter(debateId, after, limit);
        const write = writeDuringRead;
        writeDuringRead = null;
        // Commits (and notifies) after the read: only the subscription can catch it.
        if (write) await write();
        return events;
      },
    };
    const app = createApp(testDeps(store));
    const ada = await signedUp(app, 'ada');
    await reply(ada, 'Before.');
    writeDuringRead = () => reply(ada, 'During.');
    const stream = await connect(app, '?after=0');
    expect(await stream.seqsWithin(300)).toEqual([1, 2]);
    stream.close();
  });

  it('lets go of its subscription when the client goes away', async () => {
    const counting = countingStore(createMemoryStore([smallDebate()]));
    const app = createApp(testDeps(counting.store));
    const stream = await connect(app);
    expect(counting.active()).toBe(1);
    stream.close();
    await expect.poll(() => counting.active()).toBe(0);
  });

  it('sends heartbeat comments while idle', async () => {
    const { app } = testApi([smallDebate()], { heartbeatMs: 20 });
    const stream = await connect(app);
    const frame = await stream.nextFrame(1000);
    expect(frame?.comments).toEqual(['heartbeat']);
    expect(frame?.data).toBeUndefined();
    stream.close();
  });

  it('answers JSON before streaming: 404 for an unknown debate, 400 for a bad start', async () => {
    const counting = countingStore(createMemoryStore([smallDebate()]));
    const app = createApp(testDeps(counting.store));
    const unknown = await app.request('/api/debates/nope/events');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'No debate with id "nope". See /api/debates for the list.',
      },
    });
    for (const [query, headers] of [
      ['?after=-1', {}],
      ['?after=two', {}],
      ['', { 'Last-Event-ID': '1.5' }],
    ] as const) {
      const response = await app.request(`${EVENTS}${query}`, { headers });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
        /is not an event number/,
      );
    }
    expect(counting.active()).toBe(0);
  });
});
