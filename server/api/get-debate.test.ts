// GET /api/debates/:id through the app with its overview cache: the same bytes again until the
// debate changes, gzipped for clients that take gzip, a change seen on the next read, and readers
// and moderators each served their own view (a hidden claim never reaches a reader from a
// moderator's cached body, nor the other way round). The debate page's HTML preloads it, and
// the client's files carry their cache headers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DebateOverview } from '../../src/domain/model';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createNodeApp, overviewPreload } from '../startup/node-app';
import { Agent, signedUp, testApi } from './test-kit';

const D = '/api/debates/free-buses';

async function overview(agent: Agent, headers: Record<string, string> = {}) {
  const response = await agent.request('GET', D, { headers });
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    response,
    bytes,
    debate: (JSON.parse(new TextDecoder().decode(bytes)) as { debate: DebateOverview }).debate,
  };
}

describe('GET /api/debates/:id, cached', () => {
  it('answers the same bytes until the debate changes, then the change', async () => {
    const api = testApi([smallDebate()]);
    const reader = new Agent(api.app);
    const ann = await signedUp(api.app, 'ann');
    const first = await overview(reader);
    const again = await overview(reader);
    expect(again.bytes).toEqual(first.bytes);

    const posted = await ann.request('POST', `${D}/comments`, {
      json: { parentId: null, body: 'A new reply.' },
    });
    expect(posted.status).toBe(201);
    const after = await overview(reader);
    expect(after.debate.seq).toBe(first.debate.seq + 1);
    expect(after.debate.commentCount).toBe(first.debate.commentCount + 1);
  });

  it('sends gzip to a client that takes it, the same JSON when unpacked', async () => {
    const api = testApi([smallDebate()]);
    const reader = new Agent(api.app);
    const plain = await overview(reader);
    const response = await reader.request('GET', D, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    const unpacked = gunzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(new Uint8Array(unpacked)).toEqual(plain.bytes);
    expect(plain.response.headers.get('content-encoding')).toBeNull();
  });

  it('serves readers and moderators their own view, before and after a claim is hidden', async () => {
    const api = testApi([smallDebate()]);
    const mod = await signedUp(api.app, 'moddy');
    await api.store.setDebateModerator(mod.session.user?.id ?? '', 'free-buses', true);
    const reader = new Agent(api.app);
    // Both views cached before the change.
    expect((await overview(reader)).debate.claims.map((c) => c.id)).toContain('tallinn');
    expect((await overview(mod)).debate.claims.map((c) => c.id)).toContain('tallinn');

    const hidden = await mod.request('PUT', `${D}/claims/tallinn/hidden`, {
      json: { hidden: true, reason: 'off topic' },
    });
    expect(hidden.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      expect((await overview(reader)).debate.claims.map((c) => c.id)).not.toContain('tallinn');
      const forMod = (await overview(mod)).debate.claims.find((c) => c.id === 'tallinn');
      expect(forMod).toMatchObject({ hidden: true });
    }
  });

  it('still says 404 for a debate that does not exist, every time', async () => {
    const api = testApi([smallDebate()]);
    const reader = new Agent(api.app);
    for (let i = 0; i < 2; i++) {
      expect((await reader.request('GET', '/api/debates/nope')).status).toBe(404);
    }
  });
});

describe("the debate page's HTML", () => {
  it('preloads the overview of the debate it shows, and nothing on other pages', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'crux-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Crux</title>');
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'export {};');
    const app = createNodeApp(testApi([smallDebate()]).app, dist);
    const script = await app.request('/assets/index-abc.js');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('link')).toBeNull();
    const page = await app.request('/debates/free-buses?claim=tallinn');
    expect(page.status).toBe(200);
    expect(page.headers.get('link')).toBe(
      '</api/debates/free-buses>; rel=preload; as=fetch; crossorigin',
    );
    expect((await app.request('/debates/free-buses/comments/c1')).headers.get('link')).toBe(
      '</api/debates/free-buses>; rel=preload; as=fetch; crossorigin',
    );
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await app.request('/')).headers.get('link')).toBeNull();
    expect((await app.request('/admin/users')).headers.get('link')).toBeNull();
  });

  it('never echoes an unusual path into the header', () => {
    expect(overviewPreload('/debates/a%20b')).toBe(
      '</api/debates/a%20b>; rel=preload; as=fetch; crossorigin',
    );
    expect(overviewPreload('/debates/a>b')).toBeNull();
    expect(overviewPreload('/debates/a\r\nx: y')).toBeNull();
    expect(overviewPreload('/debates/')).toBeNull();
  });
});
