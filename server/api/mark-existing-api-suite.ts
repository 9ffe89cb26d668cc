// POST /api/debates/:id/claims naming an existing claim (claimId instead of text), over every
// store (mark-existing-api.test.ts on memory, .sql.test.ts on PGlite and PostgreSQL): the
// request's shape (exactly one of the two), 201 with just the anchor in one's own comment, 202
// elsewhere and the moderators' accept and decline, 409 for words already anchored, 422 naming
// the field for unknown and hidden claims, and a public event stream that names suggestions by
// id and status only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DebateEvent } from '../../src/domain/events';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import type { FreshStore } from '../testing/sql-stores';
import { SseReader } from './sse-reader';
import { Agent, signedUp, testDeps } from './test-kit';

const D = '/api/debates/free-buses';
const BODY = 'Buses free of charge would fill up. Everyone rides.';

interface Body {
  event?: DebateEvent;
  suggestion?: { id: string; status: string; mark: { claimId?: string; text?: string } };
  suggestions?: { id: string; status: string }[];
  error?: { code: string; message: string };
}

async function call(agent: Agent, method: string, path: string, json?: unknown) {
  const response = await agent.request(method, path, json === undefined ? {} : { json });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body };
}

let freshStore: FreshStore;

async function world() {
  const store = await freshStore();
  await store.createDebate(smallDebate());
  const app = createApp(testDeps(store));
  const author = await signedUp(app, 'author');
  const other = await signedUp(app, 'other');
  const mod = await signedUp(app, 'moddy');
  await store.setDebateModerator(mod.session.user?.id ?? '', 'free-buses', true);
  const posted = await call(author, 'POST', `${D}/comments`, { parentId: null, body: BODY });
  const commentId = posted.body.event?.upsert.comments[0]?.id ?? '';
  /** A mark of `words` in the author's comment as the existing claim `claimId`. */
  const mark = (claimId: string, words = 'Everyone rides') => {
    const start = BODY.indexOf(words);
    return {
      source: { kind: 'comment', commentId },
      position: { start, end: start + words.length },
      claimId,
      relation: null,
    };
  };
  return { app, store, author, other, mod, reader: new Agent(app), mark };
}

export function describeMarkExistingApi(where: string, fresh: FreshStore): void {
  describe(where, () => {
    beforeAll(() => {
      freshStore = fresh;
    });

    it('takes exactly one of text and claimId, and no relation with claimId (422 naming the field)', async () => {
      const { author, mark } = await world();
      const cases = [
        [{ ...mark('overcrowding'), text: 'Both.' }, '"text"'],
        [{ ...mark('overcrowding'), claimId: undefined }, '"text"'],
        [
          { ...mark('overcrowding'), relation: { to: 'free-buses', kind: 'supports' } },
          '"relation"',
        ],
      ] as const;
      for (const [json, field] of cases) {
        const answer = await call(author, 'POST', `${D}/claims`, json);
        expect(answer.status).toBe(422);
        expect(answer.body.error?.message.startsWith(`${field}: `)).toBe(true);
      }
    });

    it('in one’s own comment: 201 with just the anchor; 409 the same words again; 422 unknown or hidden', async () => {
      const { author, mod, mark } = await world();
      const first = await call(author, 'POST', `${D}/claims`, mark('overcrowding'));
      expect(first.status).toBe(201);
      expect(first.body.event).toMatchObject({
        type: 'claim.marked',
        upsert: { claims: [], relations: [], anchors: [{ claimId: 'overcrowding' }] },
      });
      const again = await call(author, 'POST', `${D}/claims`, mark('overcrowding'));
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({
        code: 'conflict',
        message: 'These words already state “Free buses would be overcrowded.”: nothing to add.',
      });
      const unknown = await call(author, 'POST', `${D}/claims`, mark('nope'));
      expect(unknown.status).toBe(422);
      expect(unknown.body.error?.message).toMatch(/^"claimId": claim "nope" does not exist/);
      const hide = await call(mod, 'PUT', `${D}/claims/tallinn/hidden`, {
        hidden: true,
        reason: 'off topic',
      });
      expect(hide.status).toBe(200);
      const hidden = await call(author, 'POST', `${D}/claims`, mark('tallinn'));
      expect(hidden.status).toBe(422);
      expect(hidden.body.error?.message).toMatch(/^"claimId": claim "tallinn" is hidden/);
    });

    it('elsewhere: 202, listed to its author and moderators; accept adds the anchor, decline nothing', async () => {
      const { other, mod, reader, mark } = await world();
      const stream = new SseReader(await reader.request('GET', `${D}/events?after=1`));
      const one = await call(other, 'POST', `${D}/claims`, mark('overcrowding'));
      expect(one.status).toBe(202);
      expect(one.body.suggestion).toMatchObject({
        status: 'pending',
        mark: { claimId: 'overcrowding' },
      });
      const two = await call(other, 'POST', `${D}/claims`, mark('tallinn', 'fill up'));
      expect(two.status).toBe(202);
      const twice = await call(other, 'POST', `${D}/claims`, mark('overcrowding'));
      expect(twice.status).toBe(409);

      const queue = await call(mod, 'GET', `${D}/moderation/suggestions`);
      expect(queue.body.suggestions?.map((s) => s.id)).toEqual([
        one.body.suggestion?.id,
        two.body.suggestion?.id,
      ]);
      const accepted = await call(
        mod,
        'POST',
        `${D}/suggestions/${one.body.suggestion?.id}/review`,
        {
          decision: 'accept',
        },
      );
      expect(accepted.status).toBe(200);
      expect(accepted.body.event?.upsert).toMatchObject({
        claims: [],
        relations: [],
        anchors: [{ claimId: 'overcrowding' }],
      });
      const declined = await call(
        mod,
        'POST',
        `${D}/suggestions/${two.body.suggestion?.id}/review`,
        {
          decision: 'decline',
          reason: 'Not what it says, and private.',
        },
      );
      expect(declined.body.suggestion?.status).toBe('declined');
      const mine = await call(other, 'GET', `${D}/suggestions`);
      expect(new Map(mine.body.suggestions?.map((s) => [s.id, s.status]))).toEqual(
        new Map([
          [one.body.suggestion?.id, 'accepted'],
          [two.body.suggestion?.id, 'declined'],
        ]),
      );

      // A reader's stream names each change by id and status, never the words or the reason.
      const raw: string[] = [];
      while (raw.length < 4) {
        const frame = await stream.nextFrame();
        if (!frame) throw new Error(`Expected 4 events, got ${raw.length}.`);
        if (frame.data !== undefined) raw.push(frame.data);
      }
      stream.close();
      const events = raw.map((data) => JSON.parse(data) as DebateEvent);
      expect(events.map((e) => [e.type, e.suggestion])).toEqual([
        ['suggestion.changed', { id: one.body.suggestion?.id, status: 'pending' }],
        ['suggestion.changed', { id: two.body.suggestion?.id, status: 'pending' }],
        ['suggestion.accepted', { id: one.body.suggestion?.id, status: 'accepted' }],
        ['suggestion.changed', { id: two.body.suggestion?.id, status: 'declined' }],
      ]);
      // (The accepted anchor is public now; the declined words and the reason never are.)
      expect(raw.join('\n')).not.toMatch(/"mark"|"authorId"|"exact":"fill up"|private/);
    });
  });
}
