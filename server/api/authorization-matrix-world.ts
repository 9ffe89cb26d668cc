// The world every probe of the authorization matrix runs in: two debates, one agent per kind of
// actor (reader, the comment's author, another commenter, moderators of another debate and of
// this one, a site moderator, an admin), a comment, a suggestion and a hide, a merge and an edit
// to undo; with how each actor stands in the permission table and a snapshot of what a refusal
// must leave unchanged.
import { expect } from 'vitest';
import type { Actor } from '../../src/domain/permissions';
import { postText } from '../../src/domain/text';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import type { FreshStore } from '../testing/sql-stores';
import { Agent, signedUp, testDeps } from './test-kit';

export const D = '/api/debates/free-buses';
export const WHO = ['reader', 'author', 'other', 'elsewhere', 'local', 'siteMod', 'admin'] as const;
export type Who = (typeof WHO)[number];

/** The matrix's world, built on `freshStore` (a store holding no debates, accounts or events). */
export async function world(freshStore: FreshStore) {
  const store = await freshStore();
  await store.createDebate(smallDebate());
  await store.createDebate(smallDebate('other'));
  const app = createApp(testDeps(store));
  const agents = { reader: new Agent(app) } as Record<Who, Agent>;
  for (const who of WHO.slice(1)) agents[who] = await signedUp(app, who);
  const idOf = (who: Who) => agents[who].session.user?.id ?? '';
  await store.setDebateModerator(idOf('elsewhere'), 'other', true);
  await store.setDebateModerator(idOf('local'), 'free-buses', true);
  await store.setSiteRole(idOf('siteMod'), 'moderator');
  await store.setSiteRole(idOf('admin'), 'admin');
  const send = async (who: Who, method: string, path: string, json?: unknown) => {
    const response = await agents[who].request(method, path, json === undefined ? {} : { json });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  };
  const posted = await send('author', 'POST', `${D}/comments`, {
    parentId: null,
    body: 'Buses should be free. Mine.',
  });
  const text = postText(smallDebate().post);
  const words = 'Free buses cut car traffic.';
  const start = text.indexOf(words);
  const suggested = await send('author', 'POST', `${D}/claims`, {
    source: { kind: 'post' },
    position: { start, end: start + words.length },
    text: words,
    relation: null,
  });
  // seq 2: a hide, seq 3: a merge, seq 4: an edit (each undoable by the suite's probes).
  const hide = await send('admin', 'PUT', `${D}/claims/free-buses/hidden`, {
    hidden: true,
    reason: 'test',
  });
  const merge = await send('admin', 'POST', `${D}/merges`, {
    claimIds: ['fares-small', 'less-traffic'],
    survivor: { keep: 'less-traffic' },
  });
  const edit = await send('admin', 'PATCH', `${D}/claims/tallinn`, {
    text: 'Tallinn saw little change.',
  });
  expect([posted.status, suggested.status, hide.status, merge.status, edit.status]).toEqual([
    201, 202, 200, 201, 200,
  ]);
  const actorOf = (who: Who): Actor => {
    const { user, roles } = agents[who].session;
    if (!user) return null;
    const now = {
      elsewhere: { site: 'commenter', debates: ['other'] },
      local: { site: 'commenter', debates: ['free-buses'] },
      siteMod: { site: 'moderator', debates: [] },
      admin: { site: 'admin', debates: [] },
    } as const;
    return {
      user,
      roles:
        who in now
          ? (structuredClone(now[who as keyof typeof now]) as never)
          : (roles ?? { site: 'commenter', debates: [] }),
    };
  };
  const state = async () => ({
    debate: await store.getDebate('free-buses'),
    events: await store.eventsAfter('free-buses', 0, 1000),
    suggestions: await store.listAllSuggestions('free-buses'),
    users: await store.listUsers(),
  });
  return {
    send,
    state,
    actorOf,
    idOf,
    comment: posted.body.event.upsert.comments[0].id as string,
    suggestion: suggested.body.suggestion.id as string,
    mergeSeq: merge.body.event.seq as number,
    editSeq: edit.body.event.seq as number,
  };
}
export type World = Awaited<ReturnType<typeof world>>;
