// The write routes' rules, as one suite run over every store (write-api.test.ts on memory,
// write-api.sql.test.ts on PGlite and PostgreSQL): the issue asks for every rule to hold on the
// databases users run, not only on the memory store.
// The cases on bad input are in write-api-bad-input-suite.ts; the shared helpers in write-api-kit.ts.
import { describe, expect, it } from 'vitest';
import type { FreshStore } from '../testing/sql-stores';
import { describeWriteApiBadInput } from './write-api-bad-input-suite';
import { COMMENTS, call, DEBATE, mark, state, writeWorld } from './write-api-kit';

export function describeWriteApi(where: string, fresh: FreshStore): void {
  const world = () => writeWorld(fresh);
  describe(where, () => {
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

    describeWriteApiBadInput(fresh);
  });
}
