// The write routes' answers to bad input, part of the write-API suite (registered by
// describeWriteApi, so it runs on every store): each malformed, oversized, unknown or stale
// request gets its status and message and changes nothing, and no body makes the server answer 500.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/commands';
import type { FreshStore } from '../testing/sql-stores';
import { type Body, COMMENTS, call, DEBATE, mark, state, writeWorld } from './write-api-kit';

export function describeWriteApiBadInput(fresh: FreshStore): void {
  const world = () => writeWorld(fresh);
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
}
