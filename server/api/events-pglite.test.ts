// The live path over the SQL store on PGlite: writes through the API, events through SSE, with
// the store's notifications coming from the database rather than from memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import { migrate } from '../db/migrate';
import { createPgliteClient } from '../db/pglite-client';
import { createSqlStore } from '../store/sql-store';
import type { Store } from '../store/store';
import { SseReader } from './sse-reader';
import { signedUp, testDeps } from './test-kit';

let store: Store;

beforeAll(async () => {
  const sql = await createPgliteClient();
  await migrate(sql);
  store = createSqlStore(sql);
  await store.createDebate(smallDebate());
  // Starting PGlite and running every migration takes seconds, more on a busy machine.
}, 60_000);
afterAll(() => store.close());

describe('the API over PGlite', () => {
  it('streams the backlog and live events, and resumes after Last-Event-ID without repeats', async () => {
    const app = createApp(testDeps(store, { database: 'pglite' }));
    const ada = await signedUp(app, 'ada');
    const post = async (body: string) => {
      const response = await ada.request('POST', '/api/debates/free-buses/comments', {
        json: { parentId: null, body },
      });
      expect(response.status).toBe(201);
    };
    await post('One.');
    const first = new SseReader(await app.request('/api/debates/free-buses/events?after=0'));
    await post('Two.');
    const seen = (await first.events(2, 5000)).map((e) => e.event.seq);
    first.close();
    await post('Three.');
    const again = new SseReader(
      await app.request('/api/debates/free-buses/events', {
        headers: { 'Last-Event-ID': String(seen.at(-1)) },
      }),
    );
    seen.push(...(await again.events(1, 5000)).map((e) => e.event.seq));
    await post('Four.');
    seen.push(...(await again.seqsWithin(1000)));
    expect(seen).toEqual([1, 2, 3, 4]);
    again.close();
    const debate = await store.getDebate('free-buses');
    expect(debate?.comments.map((c) => c.body).slice(-4)).toEqual([
      'One.',
      'Two.',
      'Three.',
      'Four.',
    ]);
  });
});
