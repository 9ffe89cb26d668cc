// Curation as readers and moderators see it over HTTP: hidden things are gone for readers from
// every read (overview, thread pages, claim anchors, comment context, the event stream), shown
// marked to moderators, and back for everyone after unhiding; the log says who, what and why,
// with undo; a claim's history lists every wording.
import { describe, expect, it } from 'vitest';
import type { DebateEvent } from '../../src/domain/events';
import type { Anchor, Comment, DebateOverview } from '../../src/domain/model';
import type { ClaimRevision } from '../../src/domain/moderation/commands';
import type { ModerationLogEntry } from '../../src/domain/moderation/log';
import { smallDebate } from '../../test/fixtures/small-debate';
import { SseReader } from './sse-reader';
import { Agent, signedUp, testApi } from './test-kit';

const D = '/api/debates/free-buses';

async function world() {
  const api = testApi([smallDebate()]);
  const mod = await signedUp(api.app, 'moddy');
  await api.store.setDebateModerator(mod.session.user?.id ?? '', 'free-buses', true);
  const ann = await signedUp(api.app, 'ann');
  return { ...api, mod, ann, reader: new Agent(api.app) };
}

/** The fields these tests read from the answers they get. */
interface Body {
  debate: DebateOverview;
  comments: Comment[];
  anchors: Anchor[];
  entries: ModerationLogEntry[];
  revisions: ClaimRevision[];
}

async function get(agent: Agent, path: string) {
  const response = await agent.request('GET', path);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Body };
}

describe('hidden things over the API', () => {
  it('are left out for readers everywhere, marked for moderators, and come back on unhide', async () => {
    const { mod, ann, reader } = await world();
    const posted = await ann.request('POST', `${D}/comments`, {
      json: { parentId: 'c1', body: 'A reply to c1.' },
    });
    expect(posted.status).toBe(201);
    const stream = new SseReader(await reader.request('GET', `${D}/events?after=1`));
    expect(
      (
        await mod.request('PUT', `${D}/claims/tallinn/hidden`, {
          json: { hidden: true, reason: 'off topic' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await mod.request('PUT', `${D}/comments/c1/hidden`, {
          json: { hidden: true, reason: 'rude' },
        })
      ).status,
    ).toBe(200);

    const overview = (await get(reader, D)).body.debate;
    expect(overview.claims.map((c) => c.id)).not.toContain('tallinn');
    expect(overview.relations.filter((r) => r.from === 'tallinn' || r.to === 'tallinn')).toEqual(
      [],
    );
    const modView = (await get(mod, D)).body.debate;
    expect(modView.claims.find((c) => c.id === 'tallinn')).toMatchObject({ hidden: true });

    const page = (await get(reader, `${D}/comments?sort=oldest`)).body;
    const c1 = page.comments.find((c) => c.id === 'c1');
    expect(c1).toMatchObject({ visibility: 'hidden', body: '' });
    // Its reply still hangs from it; the anchor said in it is not served.
    expect(page.comments.some((c) => c.parentId === 'c1')).toBe(true);
    expect(page.anchors.map((a) => a.id)).not.toContain('a4');
    const modPage = (await get(mod, `${D}/comments?sort=oldest`)).body;
    expect(modPage.comments.find((c) => c.id === 'c1')?.body).not.toBe('');

    expect((await get(reader, `${D}/claims/tallinn/anchors`)).status).toBe(404);
    expect((await get(mod, `${D}/claims/tallinn/anchors`)).status).toBe(200);
    expect((await get(reader, `${D}/comments/c1/context`)).body.comments[0]).toMatchObject({
      body: '',
    });

    const [hid, hidComment] = (await stream.events(2)).map((f) => f.event as DebateEvent);
    expect(hid?.before).toBeUndefined();
    expect(hid?.upsert.claims).toEqual([]);
    expect(hid?.remove.claims).toEqual(['tallinn']);
    expect(hid?.remove.relations.sort()).toEqual(['r4', 'r5']);
    expect(hidComment?.upsert.comments[0]).toMatchObject({
      id: 'c1',
      body: '',
      visibility: 'hidden',
    });

    expect(
      (await mod.request('PUT', `${D}/claims/tallinn/hidden`, { json: { hidden: false } })).status,
    ).toBe(200);
    const back = (await get(reader, D)).body.debate;
    expect(back.claims.find((c) => c.id === 'tallinn')).toEqual({
      id: 'tallinn',
      text: 'In Tallinn free buses barely changed traffic.',
    });
    expect(back.relations.filter((r) => r.from === 'tallinn').length).toBe(2);
  });
});

describe('the moderation log and claim history over the API', () => {
  it('lists who did what and why, undoes an entry, and refuses a blocked undo with 409', async () => {
    const { mod, reader } = await world();
    const first = await mod.request('PATCH', `${D}/claims/overcrowding`, {
      json: { text: 'Buses would be full.', reason: 'clearer' },
    });
    expect(first.status).toBe(200);
    await mod.request('PATCH', `${D}/claims/overcrowding`, {
      json: { text: 'Buses would be packed.' },
    });
    const log = (await get(mod, `${D}/moderation/log`)).body.entries;
    expect(log.map((e) => e.seq)).toEqual([2, 1]);
    expect(log[1]).toMatchObject({
      seq: 1,
      type: 'claim.edited',
      actor: { name: 'moddy' },
      reason: 'clearer',
      summary:
        'Edited claim "overcrowding": "Free buses would be overcrowded." → "Buses would be full."',
      undo: { ok: false, reason: expect.stringContaining('entry 2') },
    });
    expect(log[0]?.undo).toEqual({ ok: true, method: 'POST', path: `${D}/moderation/2/undo` });
    const blocked = await mod.request('POST', `${D}/moderation/1/undo`, { json: {} });
    expect(blocked.status).toBe(409);
    expect((await blocked.json()).error.message).toMatch(/entry 2/);
    expect(
      (await mod.request('POST', `${D}/moderation/2/undo`, { json: { reason: 'too much' } }))
        .status,
    ).toBe(200);
    const history = (await get(reader, `${D}/claims/overcrowding/history`)).body.revisions;
    expect(history.map((r) => r.text)).toEqual([
      'Free buses would be overcrowded.',
      'Buses would be full.',
      'Buses would be packed.',
      'Buses would be full.',
    ]);
    expect((await mod.request('POST', `${D}/moderation/abc/undo`, { json: {} })).status).toBe(400);
    expect((await reader.request('GET', `${D}/moderation/log`)).status).toBe(401);
  });
});
