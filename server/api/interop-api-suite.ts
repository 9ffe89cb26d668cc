// POST /api/import and GET /api/debates/:id/export as one suite, run over the memory store
// (interop-api.test.ts) and PGlite (interop-api.sql.test.ts): the import must be one transaction
// on the database users run, not only in memory.
import { describe, expect, it } from 'vitest';
import { exportDebate, importDebate, MAX_IMPORT_BYTES } from '../../src/domain/formats';
import { detachedId, detachedWarning } from '../../src/domain/formats/detach-accounts';
import { ImportedSchema, ImportPreviewSchema } from '../../src/domain/formats/preview';
import { fixture } from '../../test/fixtures/formats';
import { aifStructure } from '../../test/fixtures/formats/structure';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import type { Store } from '../store/store';
import { Agent, signedUp, testDeps } from './test-kit';

/** A store holding only smallDebate(), empty of accounts and events. */
export type FreshStore = () => Promise<Store>;

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

async function world(freshStore: FreshStore) {
  const store = await freshStore();
  await store.createDebate(smallDebate());
  const app = createApp(testDeps(store));
  const mod = await signedUp(app, 'mod');
  const ann = await signedUp(app, 'ann');
  await store.setSiteRole(mod.session.user?.id ?? '', 'moderator');
  const upload = (agent: Agent, query: string, body: string) =>
    agent.request('POST', `/api/import${query}`, { body, headers: TEXT });
  return { store, app, mod, ann, anonymous: new Agent(app), upload };
}

export function describeInteropApi(name: string, freshStore: FreshStore): void {
  describe(`${name}: POST /api/import`, () => {
    it('previews without saving: counts, the first claims, warnings and the id', async () => {
      const { store, mod, upload } = await world(freshStore);
      const file = fixture('aifdb-moral-maze.json');
      const response = await upload(mod, '?dryRun=1', file.text);
      expect(response.status).toBe(200);
      const preview = ImportPreviewSchema.parse(await response.json());
      const local = importDebate(file.text);
      if (!local.ok) throw new Error(local.error.message);
      expect(preview).toMatchObject({
        format: 'aif',
        id: local.debate.id,
        idTaken: false,
        freeId: local.debate.id,
        counts: {
          claims: local.debate.claims.length,
          relations: local.debate.relations.length,
          comments: local.debate.comments.length,
          anchors: local.debate.anchors.length,
          events: 0,
        },
        warnings: local.warnings,
      });
      expect(preview.firstClaims).toEqual(local.debate.claims.slice(0, 5).map((c) => c.text));
      expect(preview.warnings.length).toBeGreaterThan(0);
      expect((await store.listDebates()).map((d) => d.id)).toEqual(['free-buses']);
    });

    it('saves in one go and answers 201 with the summary; the debate reads back whole', async () => {
      const { store, mod, upload } = await world(freshStore);
      const file = fixture('newer-dialect.txt');
      const response = await upload(mod, '?format=kialo&id=kialo-one', file.text);
      expect(response.status).toBe(201);
      const body = ImportedSchema.parse(await response.json());
      const local = importDebate(file.text, { format: 'kialo', id: 'kialo-one' });
      if (!local.ok) throw new Error(local.error.message);
      expect(body.debate).toMatchObject({
        id: 'kialo-one',
        claimCount: local.debate.claims.length,
      });
      expect(await store.getDebate('kialo-one')).toEqual(local.debate);
    });

    it('refuses a malformed file with 422 naming the line, and saves nothing', async () => {
      const { store, mod, upload } = await world(freshStore);
      const response = await upload(
        mod,
        '?format=kialo',
        'Discussion Title: Buses\n\n1. Buses should be free.\n1.1. Maybe: they should not.\n',
      );
      expect(response.status).toBe(422);
      const body = (await response.json()) as {
        error: { code: string; message: string };
        problem: { line?: number };
      };
      expect(body.error.code).toBe('invalid');
      expect(body.error.message).toMatch(/line 4/);
      expect(body.problem.line).toBe(4);
      expect((await store.listDebates()).length).toBe(1);
    });

    it('names the JSON path of a structure error', async () => {
      const { mod, upload } = await world(freshStore);
      const response = await upload(mod, '?format=aif', '{"nodes": [{"nodeID": "1", "type": 7}]}');
      expect(response.status).toBe(422);
      const body = (await response.json()) as { problem: { path?: string } };
      expect(body.problem.path).toMatch(/^\$\.nodes\[0\]/);
    });

    it('answers 409 when the id is taken, and the preview offers a free one', async () => {
      const { store, mod, upload } = await world(freshStore);
      const file = JSON.stringify({ format: 'crux', version: 1, debate: smallDebate() });
      const preview = ImportPreviewSchema.parse(
        await (await upload(mod, '?dryRun=1', file)).json(),
      );
      expect(preview).toMatchObject({ id: 'free-buses', idTaken: true, freeId: 'free-buses-2' });
      const refused = await upload(mod, '', file);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
        /"free-buses" already exists/,
      );
      expect((await store.listDebates()).length).toBe(1);
      expect((await upload(mod, '?id=free-buses-2', file)).status).toBe(201);
    });

    it('is for site moderators and admins: 401 for a reader, 403 for a commenter', async () => {
      const { anonymous, ann, upload } = await world(freshStore);
      const file = fixture('older-dialect.txt').text;
      const reader = await upload(anonymous, '?dryRun=1', file);
      expect(reader.status).toBe(401);
      const commenter = await upload(ann, '?dryRun=1', file);
      expect(commenter.status).toBe(403);
      expect(((await commenter.json()) as { error: { message: string } }).error.message).toMatch(
        /site moderator or an admin/,
      );
    });

    it('reads files past the general 64 KB limit, and refuses past its own with 413', async () => {
      const { mod, upload } = await world(freshStore);
      const lines = ['Discussion Title: Many claims', '', '1. The root claim.'];
      for (let i = 1; lines.join('\n').length < 200_000; i++)
        lines.push(`1.${i}. Pro: Reason number ${i} holds.`);
      const big = await upload(mod, '?dryRun=1&format=kialo', `${lines.join('\n')}\n`);
      expect(big.status).toBe(200);
      const tooBig = await upload(mod, '?dryRun=1', 'x'.repeat(MAX_IMPORT_BYTES + 1));
      expect(tooBig.status).toBe(413);
      expect(((await tooBig.json()) as { error: { message: string } }).error.message).toMatch(
        /over 20 MB/,
      );
    });

    it('takes the file name from X-File-Name (URI-encoded) for a title the file lacks', async () => {
      const { mod } = await world(freshStore);
      const text = fixture('numeric-ids-quirks.json').text;
      const send = (name: string) =>
        mod.request('POST', '/api/import?dryRun=1', {
          body: text,
          headers: { ...TEXT, 'x-file-name': name },
        });
      const named = ImportPreviewSchema.parse(
        await (await send(encodeURIComponent('Débat sur la culture.json'))).json(),
      );
      expect(named.title).toMatch(/Débat sur la culture/);
      // A malformed encoding is taken as it is, never a 500.
      expect((await send('%E0%A4%A')).status).toBe(200);
    });

    it('answers 400 for an unknown format and 422 for an empty file', async () => {
      const { mod, upload } = await world(freshStore);
      expect((await upload(mod, '?format=docx', 'x')).status).toBe(400);
      expect((await upload(mod, '', '  ')).status).toBe(422);
    });
  });

  describe(`${name}: GET /api/debates/:id/export`, () => {
    it('downloads each format with its media type and file name', async () => {
      // A moderator: smallDebate has a hidden comment, which a reader's file leaves out.
      const { store, mod } = await world(freshStore);
      const debate = await store.getDebate('free-buses');
      if (!debate) throw new Error('no debate');
      for (const format of ['aif', 'argdown', 'kialo'] as const) {
        const response = await mod.request(
          'GET',
          `/api/debates/free-buses/export?format=${format}`,
        );
        expect(response.status).toBe(200);
        const expected = exportDebate(debate, format);
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="${expected.filename}"`,
        );
        expect(response.headers.get('content-type')).toBe(expected.mediaType);
        expect(await response.text()).toBe(expected.text);
      }
    });

    it('Crux JSON keeps the event log: export, import, export gives the same file, but for local accounts', async () => {
      const { store, mod, upload } = await world(freshStore);
      const posted = await mod.request('POST', '/api/debates/free-buses/comments', {
        json: { parentId: null, body: 'A new reply.' },
      });
      expect(posted.status).toBe(201);
      const hide = await mod.request('PUT', '/api/debates/free-buses/claims/tallinn/hidden', {
        json: { hidden: true, reason: 'off topic' },
      });
      expect(hide.status).toBe(200);
      const exported = async (id: string) =>
        (await mod.request('GET', `/api/debates/${id}/export?format=crux`)).text();
      const text = await exported('free-buses');
      const file = JSON.parse(text) as { events: { seq: number; type: string }[]; base: unknown };
      expect(file.events.map((e) => [e.seq, e.type])).toEqual([
        [1, 'comment.added'],
        [2, 'claim.hidden'],
      ]);
      expect(file.base).toBeDefined();
      const saved = await upload(mod, '?id=copy', text);
      expect(saved.status).toBe(201);
      expect(ImportedSchema.parse(await saved.json()).warnings).toEqual([
        'The events named another debate id; they now name "copy".',
        detachedWarning(1, 2),
      ]);
      // Restored into the same site, the moderator's reply and hide are theirs by name only
      // (decision 0009): an import never grants authorship.
      const modId = mod.session.user?.id ?? '';
      const detach = (s: string) => s.replaceAll(`"${modId}"`, `"${detachedId(modId)}"`);
      const original = JSON.stringify({ ...(await store.getDebate('free-buses')), id: 'copy' });
      expect(await store.getDebate('copy')).toEqual(JSON.parse(detach(original)));
      const again = (await exported('copy')).replaceAll('"copy"', '"free-buses"');
      expect(again).toBe(detach(text));
      // The imported hide undoes like the original's: its before-state was checked.
      const undo = await mod.request('POST', '/api/debates/copy/moderation/2/undo', { json: {} });
      expect(undo.status).toBe(200);
    });

    it('refuses a Crux JSON whose log does not replay, naming the event, and saves nothing', async () => {
      const { store, mod, upload } = await world(freshStore);
      const hide = await mod.request('PUT', '/api/debates/free-buses/claims/tallinn/hidden', {
        json: { hidden: true, reason: 'off topic' },
      });
      expect(hide.status).toBe(200);
      const text = await (
        await mod.request('GET', '/api/debates/free-buses/export?format=crux')
      ).text();
      const file = JSON.parse(text) as { events: { before: { claims: { text: string }[] } }[] };
      const before = file.events[0]?.before.claims[0];
      if (!before) throw new Error('the hide carries the claim as it was');
      before.text = 'Words the claim never had.';
      const response = await upload(mod, '?id=forged', JSON.stringify(file));
      expect(response.status).toBe(422);
      const body = (await response.json()) as { problem: { path: string; message: string } };
      expect(body.problem.path).toBe('$.events[0]');
      expect(body.problem.message).toContain('Event 1 (claim.hidden)');
      expect(await store.getDebate('forged')).toBeNull();
    });

    it('AIF export keeps the structure of an imported AIF file', async () => {
      const { mod, upload, anonymous } = await world(freshStore);
      const file = fixture('aifdb-moral-maze.json').text;
      expect((await upload(mod, '?id=maze', file)).status).toBe(201);
      const response = await anonymous.request('GET', '/api/debates/maze/export?format=aif');
      const aif = await response.text();
      const again = importDebate(aif, { id: 'maze' });
      const first = importDebate(file, { id: 'maze' });
      if (!again.ok || !first.ok) throw new Error('not importable');
      expect(again.debate).toEqual(first.debate);
      expect(aifStructure(aif)).toEqual(aifStructure(exportDebate(first.debate, 'aif').text));
    });

    it('leaves out what is hidden from the asker: a reader gets no hidden claim, a moderator does', async () => {
      const { mod, anonymous } = await world(freshStore);
      const hide = await mod.request('PUT', '/api/debates/free-buses/claims/overcrowding/hidden', {
        json: { hidden: true, reason: 'off topic' },
      });
      expect(hide.status).toBe(200);
      const path = '/api/debates/free-buses/export?format=crux';
      const read = async (agent: Agent) =>
        JSON.parse(await (await agent.request('GET', path)).text()) as {
          debate: { claims: { id: string }[] };
          events: unknown[];
        };
      const forReader = await read(anonymous);
      expect(forReader.debate.claims.map((c) => c.id)).not.toContain('overcrowding');
      expect(forReader.events).toEqual([]);
      expect(importDebate(JSON.stringify(forReader)).ok).toBe(true);
      const forModerator = await read(mod);
      expect(forModerator.debate.claims.map((c) => c.id)).toContain('overcrowding');
      expect(forModerator.events.length).toBe(1);
    });

    it('answers 404 for an unknown debate and 400 for a missing or unknown format', async () => {
      const { anonymous } = await world(freshStore);
      expect((await anonymous.request('GET', '/api/debates/nope/export?format=aif')).status).toBe(
        404,
      );
      expect((await anonymous.request('GET', '/api/debates/free-buses/export')).status).toBe(400);
      const wordpress = await anonymous.request(
        'GET',
        '/api/debates/free-buses/export?format=wordpress',
      );
      expect(wordpress.status).toBe(400);
    });
  });
}
