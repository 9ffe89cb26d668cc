// An import never makes an account here the author or actor of anything (decision 0009): a
// crafted Crux JSON naming the importing moderator's own id and another user's is saved with
// those ids detached, over every store (memory, PGlite, PostgreSQL).
import { describe, expect, it } from 'vitest';
import { detachedWarning } from '../../src/domain/formats/detach-accounts';
import { ImportedSchema, ImportPreviewSchema } from '../../src/domain/formats/preview';
import type { Comment, Id } from '../../src/domain/model';
import { fixture } from '../../test/fixtures/formats';
import { createApp } from '../app';
import type { Store } from '../store/store';
import type { ModerationLogResponse } from './moderation-log';
import { signedUp, testDeps } from './test-kit';

export type FreshStore = () => Promise<Store>;

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

interface RawEvent {
  seq: number;
  actorId: string | null;
  upsert: { comments: Comment[] };
  before?: { comments: Comment[] };
}

/** The fixture's file with c1 written by `modId`, c2 and c3 by `annId`, and its events theirs. */
function craftedFile(modId: Id, annId: Id): string {
  const file = JSON.parse(fixture('small-debate-with-events.crux.json').text) as {
    debate: { comments: Comment[] };
    base: { comments: Comment[] };
    events: RawEvent[];
  };
  const authorOf = (c: Comment): Comment => ({ ...c, authorId: c.id === 'c1' ? modId : annId });
  file.debate.comments = file.debate.comments.map(authorOf);
  file.base.comments = file.base.comments.map(authorOf);
  for (const event of file.events) {
    event.actorId = event.seq === 3 ? modId : annId;
    event.upsert.comments = event.upsert.comments.map(authorOf);
    if (event.before) event.before.comments = event.before.comments.map(authorOf);
  }
  return JSON.stringify(file);
}

async function world(freshStore: FreshStore) {
  const store = await freshStore();
  const app = createApp(testDeps(store));
  const mod = await signedUp(app, 'mod');
  const ann = await signedUp(app, 'ann');
  const modId = mod.session.user?.id ?? '';
  const annId = ann.session.user?.id ?? '';
  await store.setSiteRole(modId, 'moderator');
  const file = craftedFile(modId, annId);
  const upload = (query: string) =>
    mod.request('POST', `/api/import${query}`, { body: file, headers: TEXT });
  return { store, mod, ann, modId, annId, upload };
}

export function describeImportIdentity(name: string, freshStore: FreshStore): void {
  describe(`${name}: an import names no account of this site`, () => {
    it('the preview warns that local accounts are kept by name only', async () => {
      const { store, upload } = await world(freshStore);
      const response = await upload('?dryRun=1');
      expect(response.status).toBe(200);
      const preview = ImportPreviewSchema.parse(await response.json());
      expect(preview.warnings).toContain(detachedWarning(3, 3));
      expect(await store.listDebates()).toEqual([]);
    });

    it('after import neither account may edit or delete those comments, and the log names neither', async () => {
      const { store, mod, ann, modId, annId, upload } = await world(freshStore);
      const response = await upload('?id=crafted');
      expect(response.status).toBe(201);
      expect(ImportedSchema.parse(await response.json()).warnings).toContain(detachedWarning(3, 3));
      const debate = await store.getDebate('crafted');
      const authors = debate?.comments.map((c) => [c.id, c.authorId]);
      expect(authors).toEqual([
        ['c2', `imported-${annId}`],
        ['c1', `imported-${modId}`],
        ['c3', `imported-${annId}`],
      ]);
      expect(debate?.comments.map((c) => c.author)).toEqual([null, 'Grace', 'Linus']);
      for (const agent of [mod, ann]) {
        for (const id of ['c1', 'c2']) {
          const path = `/api/debates/crafted/comments/${id}`;
          const edit = { body: 'Words put in my mouth.', version: 1 };
          expect((await agent.request('PATCH', path, { json: edit })).status).toBe(403);
          expect((await agent.request('DELETE', `${path}?version=1`)).status).toBe(403);
        }
      }
      const log = await mod.request('GET', '/api/debates/crafted/moderation/log');
      expect(log.status).toBe(200);
      const { entries } = (await log.json()) as ModerationLogResponse;
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.actor).toEqual({ id: `imported-${modId}`, name: null });
      }
      const events = (await store.eventsAfter('crafted', 0, 10)) ?? [];
      expect(events.map((e) => e.actorId)).toEqual([
        `imported-${annId}`,
        `imported-${annId}`,
        `imported-${modId}`,
      ]);
    });
  });
}
