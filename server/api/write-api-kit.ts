// What the write-API suites share: the debate's paths, a request helper that parses the answer,
// the state a refused request must leave as it was, and the world each case starts from (a store
// holding smallDebate(), an author with one comment, another user and a signed-out reader).
import { expect } from 'vitest';
import type { DebateEvent } from '../../src/domain/events';
import type { Comment } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import type { Store } from '../store/store';
import type { FreshStore } from '../testing/sql-stores';
import { Agent, signedUp, testDeps } from './test-kit';

export const DEBATE = '/api/debates/free-buses';
export const COMMENTS = `${DEBATE}/comments`;

export interface Body {
  event?: DebateEvent;
  suggestion?: { id: string; status: string };
  error?: { code: string; message: string };
  current?: Comment;
  suggestions?: { id: string }[];
}

export async function call(agent: Agent, method: string, path: string, json?: unknown) {
  const response = await agent.request(method, path, json === undefined ? {} : { json });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : {}) as Body,
  };
}

/** Everything a refused request must leave as it was: the debate and its event log. */
export async function state(store: Store) {
  return {
    debate: await store.getDebate('free-buses'),
    events: await store.eventsAfter('free-buses', 0, 1000),
  };
}

/** A store holding only smallDebate(), with an author, another user, a reader and one comment. */
export async function writeWorld(freshStore: FreshStore) {
  const store = await freshStore();
  await store.createDebate(smallDebate());
  const api = { store, app: createApp(testDeps(store)) };
  const author = await signedUp(api.app, 'author');
  const other = await signedUp(api.app, 'other');
  const anonymous = new Agent(api.app);
  const posted = await call(author, 'POST', COMMENTS, {
    parentId: null,
    body: 'Buses should be free. Mine.',
  });
  expect(posted.status).toBe(201);
  const comment = posted.body.event?.upsert.comments[0];
  if (!comment) throw new Error('no comment in the event');
  return { ...api, author, other, anonymous, comment };
}

export const mark = (commentId: string) => ({
  source: { kind: 'comment', commentId },
  position: { start: 0, end: 21 },
  text: 'Buses should be free.',
  relation: { to: 'free-buses', kind: 'supports' },
});
