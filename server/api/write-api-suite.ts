// The write routes' rules, as one suite run over every store (write-api.test.ts on memory,
// write-api.sql.test.ts on PGlite and PostgreSQL): the issue asks for every rule to hold on the
// databases users run, not only on the memory store.
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import type { Comment } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import type { Store } from '../store/store';
import type { FreshStore } from '../testing/sql-stores';
import { Agent, signedUp, testDeps } from './test-kit';

const DEBATE = '/api/debates/free-buses';
const COMMENTS = `${DEBATE}/comments`;

interface Body {
  event?: DebateEvent;
  suggestion?: { id: string; status: string };
  error?: { code: string; message: string };
  current?: Comment;
  suggestions?: { id: string }[];
}

async function call(agent: Agent, method: string, path: string, json?: unknown) {
  const response = await agent.request(method, path, json === undefined ? {} : { json });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : {}) as Body,
  };
}

/** Everything a refused request must leave as it was: the debate and its event log. */
async function state(store: Store) {
  return {
    debate: await store.getDebate('free-buses'),
    events: await store.eventsAfter('free-buses', 0, 1000),
  };
}

/** A store holding only smallDebate(), empty of accounts and events. */

let freshStore: FreshStore;

async function world() {
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

const mark = (commentId: string) => ({
  source: { kind: 'comment', commentId },
  position: { start: 0, end: 21 },
  text: 'Buses should be free.',
  relation: { to: 'free-buses', kind: 'supports' },
});

export function describeWriteApi(where: string, fresh: FreshStore): void {
  describe(where, () => {
    beforeAll(() => {
      freshStore = fresh;
    });
    describe('writes: who may do what', () => {
      it('POST comments: 401 signed out, 201 {event} for anyone signed in', async () => {
        const { anonymous, other, author, comment } = await world();
        expect(comment).toMatchObject({
          author: 'author',
          parentId: null,
          version: 1,
          visibility: 'visible',
        });
        const refused = await call(anonymous, 'POST', COMMENTS, { parentId: null, body: 'Hi.' });
        expect(refused).toMatchObject({
          status: 401,
          body: { error: { code: 'unauthorized', message: 'Sign in to reply.' } },
        });
        const reply = await call(other, 'POST', COMMENTS, {
          parentId: comment.id,
          body: 'A reply.',
        });
        expect(reply.status).toBe(201);
        expect(reply.body.event).toMatchObject({
          type: 'comment.added',
          seq: 2,
          upsert: { comments: [{ parentId: comment.id, author: 'other' }] },
        });
        expect(author.session.user?.name).toBe('author');
      });

      it('PATCH a comment: 401 signed out, 403 for another user, 200 {event} for its author', async () => {
        const { store, anonymous, other, author, comment } = await world();
        const edit = { body: 'Buses should be free. Edited.', version: 1 };
        const before = await state(store);
        expect((await call(anonymous, 'PATCH', `${COMMENTS}/${comment.id}`, edit)).status).toBe(
          401,
        );
        const forbidden = await call(other, 'PATCH', `${COMMENTS}/${comment.id}`, edit);
        expect(forbidden.status).toBe(403);
        expect(forbidden.body.error?.code).toBe('forbidden');
        expect(await state(store)).toEqual(before);
        const ok = await call(author, 'PATCH', `${COMMENTS}/${comment.id}`, edit);
        expect(ok.status).toBe(200);
        expect(ok.body.event).toMatchObject({
          type: 'comment.edited',
          upsert: { comments: [{ body: edit.body, version: 2 }] },
        });
      });

      it('DELETE a comment: 401 signed out, 403 for another user, 200 {event} for its author', async () => {
        const { store, anonymous, other, author, comment } = await world();
        const path = `${COMMENTS}/${comment.id}?version=1`;
        const before = await state(store);
        expect((await call(anonymous, 'DELETE', path)).status).toBe(401);
        expect((await call(other, 'DELETE', path)).status).toBe(403);
        expect(await state(store)).toEqual(before);
        const ok = await call(author, 'DELETE', path);
        expect(ok.status).toBe(200);
        expect(ok.body.event).toMatchObject({
          type: 'comment.deleted',
          upsert: { comments: [{ visibility: 'deleted', body: '' }] },
        });
      });

      it('POST claims: 401 signed out, 201 {event} in your own comment, 202 {suggestion} in another', async () => {
        const { store, anonymous, other, author, comment } = await world();
        expect((await call(anonymous, 'POST', `${DEBATE}/claims`, mark(comment.id))).status).toBe(
          401,
        );
        const before = await state(store);
        const suggested = await call(other, 'POST', `${DEBATE}/claims`, mark(comment.id));
        expect(suggested.status).toBe(202);
        expect(suggested.body.suggestion).toMatchObject({ status: 'pending' });
        // The debate is as it was; the log gains an event naming only the suggestion.
        const after = await state(store);
        expect(after.debate).toEqual(before.debate);
        expect(after.events?.slice(before.events?.length)).toMatchObject([
          { type: 'suggestion.changed', suggestion: { id: suggested.body.suggestion?.id } },
        ]);
        const applied = await call(author, 'POST', `${DEBATE}/claims`, mark(comment.id));
        expect(applied.status).toBe(201);
        expect(applied.body.event?.type).toBe('claim.marked');

        const mine = await call(other, 'GET', `${DEBATE}/suggestions`);
        expect(mine.status).toBe(200);
        expect(mine.body.suggestions?.map((s) => s.id)).toEqual([suggested.body.suggestion?.id]);
        expect((await call(author, 'GET', `${DEBATE}/suggestions`)).body.suggestions).toEqual([]);
        expect((await call(anonymous, 'GET', `${DEBATE}/suggestions`)).status).toBe(401);
        expect((await call(other, 'GET', '/api/debates/nope/suggestions')).status).toBe(404);
      });
    });

    describe('writes: a reply to a claim', () => {
      it('adds the comment with its claim, relation and anchor in one event', async () => {
        const { author } = await world();
        const body = 'Crowding means success. More buses fix it.';
        const reply = {
          targetClaimId: 'overcrowding',
          stance: 'attacks',
          point: { kind: 'new', text: 'Crowding means success.' },
        };
        const { status, body: answer } = await call(author, 'POST', COMMENTS, {
          parentId: null,
          body,
          reply,
        });
        expect(status).toBe(201);
        const event = answer.event;
        const comment = event?.upsert.comments[0];
        const claim = event?.upsert.claims[0];
        // Said in comment c1, so the reply goes under c1.
        expect(comment).toMatchObject({
          parentId: 'c1',
          target: { claimId: 'overcrowding', stance: 'attacks' },
        });
        expect(claim?.text).toBe('Crowding means success.');
        expect(event?.upsert.relations).toEqual([
          { id: expect.any(String), from: claim?.id, to: 'overcrowding', kind: 'attacks' },
        ]);
        expect(event?.upsert.anchors).toMatchObject([
          {
            claimId: claim?.id,
            source: { kind: 'comment', commentId: comment?.id },
            quote: { exact: 'Crowding means success.' },
          },
        ]);
      });

      it('refuses a relation that already exists (422) and writes nothing', async () => {
        const { store, author } = await world();
        const before = await state(store);
        const reply = {
          targetClaimId: 'free-buses',
          stance: 'attacks',
          point: { kind: 'existing', claimId: 'overcrowding' },
        };
        const { status, body } = await call(author, 'POST', COMMENTS, {
          parentId: null,
          body: 'Too crowded.',
          reply,
        });
        expect(status).toBe(422);
        expect(body.error?.code).toBe('invalid');
        expect(await state(store)).toEqual(before);
      });
    });

    describe('writes: bad input gets its status and changes nothing', () => {
      it.each<[string, number, string, (id: string) => [string, string, unknown]]>([
        ['malformed JSON', 400, 'not valid JSON', () => ['POST', COMMENTS, undefined]],
        [
          'a body over the comment limit',
          413,
          `at most ${LIMITS.commentBody.toLocaleString('en')} characters`,
          () => ['POST', COMMENTS, { parentId: null, body: 'x'.repeat(LIMITS.commentBody + 1) }],
        ],
        [
          'an empty body',
          422,
          '"body": a comment cannot be empty',
          () => ['POST', COMMENTS, { parentId: null, body: '  \n ' }],
        ],
        ['a missing field', 422, '"parentId"', () => ['POST', COMMENTS, { body: 'Hi.' }]],
        ['a wrong type', 422, '"body"', () => ['POST', COMMENTS, { parentId: null, body: 42 }]],
        [
          'a bad stance',
          422,
          '"reply.stance"',
          () => [
            'POST',
            COMMENTS,
            {
              parentId: null,
              body: 'Hi.',
              reply: { targetClaimId: 'free-buses', stance: 'likes' },
            },
          ],
        ],
        ['not an object', 422, 'The request body', () => ['POST', COMMENTS, ['a', 'list']]],
        [
          'an unknown debate',
          404,
          'No debate with id "nope"',
          () => ['POST', '/api/debates/nope/comments', { parentId: null, body: 'Hi.' }],
        ],
        [
          'an unknown comment to edit',
          404,
          'ghost',
          () => ['PATCH', `${COMMENTS}/ghost`, { body: 'Hi.', version: 1 }],
        ],
        [
          'a reply to an unknown claim',
          422,
          'no-such-claim',
          () => [
            'POST',
            COMMENTS,
            {
              parentId: null,
              body: 'No.',
              reply: { targetClaimId: 'no-such-claim', stance: 'question' },
            },
          ],
        ],
        [
          'an edit over the limit',
          413,
          'at most',
          (id) => [
            'PATCH',
            `${COMMENTS}/${id}`,
            { body: 'y'.repeat(LIMITS.commentBody + 1), version: 1 },
          ],
        ],
        [
          'a deletion without a version',
          422,
          '"version"',
          (id) => ['DELETE', `${COMMENTS}/${id}`, undefined],
        ],
        [
          'a claim with empty wording',
          422,
          '"text"',
          (id) => ['POST', `${DEBATE}/claims`, { ...mark(id), text: ' ' }],
        ],
        [
          'a malformed comment id',
          400,
          'is not a comment id',
          () => ['PATCH', `${COMMENTS}/NOT_AN_ID`, { body: 'Hi.', version: 1 }],
        ],
      ])('%s: %i', async (_, status, message, build) => {
        const { store, author, comment } = await world();
        const [method, path, json] = build(comment.id);
        const before = await state(store);
        const response =
          json === undefined && method === 'POST'
            ? await author.request(method, path, {
                body: '{"parentId": null, "body": "unterminated',
              })
            : await author.request(method, path, json === undefined ? {} : { json });
        expect(response.status).toBe(status);
        const body = (await response.json()) as Body;
        expect(body.error?.message).toContain(message);
        expect(await state(store)).toEqual(before);
      });

      it('answers 409 with the current comment when the version is stale', async () => {
        const { store, author, comment } = await world();
        await call(author, 'PATCH', `${COMMENTS}/${comment.id}`, {
          body: 'Second version.',
          version: 1,
        });
        const before = await state(store);
        const stale = await call(author, 'PATCH', `${COMMENTS}/${comment.id}`, {
          body: 'From an old tab.',
          version: 1,
        });
        expect(stale.status).toBe(409);
        expect(stale.body.error?.code).toBe('conflict');
        expect(stale.body.current).toMatchObject({
          id: comment.id,
          body: 'Second version.',
          version: 2,
        });
        expect((await call(author, 'DELETE', `${COMMENTS}/${comment.id}?version=1`)).status).toBe(
          409,
        );
        expect(await state(store)).toEqual(before);
      });

      it('refuses a request body over the byte limit (413), with or without Content-Length', async () => {
        const { store, author } = await world();
        const before = await state(store);
        const huge = JSON.stringify({ parentId: null, body: 'z'.repeat(LIMITS.requestBytes) });
        const declared = await author.request('POST', COMMENTS, {
          body: huge,
          headers: { 'content-length': String(huge.length) },
        });
        expect(declared.status).toBe(413);
        const streamed = await author.request('POST', COMMENTS, { body: huge });
        expect(streamed.status).toBe(413);
        expect(((await streamed.json()) as Body).error?.message).toMatch(/over 64 KB/);
        expect(await state(store)).toEqual(before);
      });

      it.each([
        'null',
        '"text"',
        '12',
        '{"parentId": {"$gt": ""}, "body": "x"}',
        `{"parentId": null, "body": "x", "reply": ${'['.repeat(2000)}${']'.repeat(2000)}}`,
        '{"parentId": "c1", "body": "x", "reply": {"targetClaimId": "free-buses", "stance": "attacks", "point": {"kind": "existing", "claimId": "free-buses"}}}',
        '{"parentId": null, "body": "x", "reply": {"targetClaimId": "free-buses", "stance": "attacks", "quote": {"start": 5, "end": 2}}}',
      ])('never answers 500 for %s', async (raw) => {
        const { author } = await world();
        const response = await author.request('POST', COMMENTS, { body: raw });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      });
    });
  });
}
