// The authorization matrix the issue asks for, driven by the permission table: every action of
// PERMISSIONS has its endpoints here (a new action without a row fails the first test), every
// mutating route of the app is one of them (a new route without a row fails the second), and
// each endpoint is tried as a reader, the comment's author, another commenter, a moderator of
// another debate, a moderator of this debate, a site moderator and an admin: exactly those the
// table allows succeed; the others get its 401/403 and reason, and nothing changes.
// This file holds the probes and the tests; the world they run in is authorization-matrix-world.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type Action, can } from '../../src/domain/permissions';
import { smallDebate } from '../../test/fixtures/small-debate';
import { createApp } from '../app';
import { createMemoryStore } from '../store/memory-store';
import type { FreshStore } from '../testing/sql-stores';
import { D, WHO, type World, world } from './authorization-matrix-world';
import { testDeps } from './test-kit';

/** A store holding no debates, accounts or events. */
let freshStore: FreshStore = async () => createMemoryStore();

interface Probe {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The app's route pattern, to check every mutating route is probed. */
  route: string;
  path(w: World): string;
  body?(w: World): unknown;
  /** What a refused actor gets when the table's refusal is not the answer (hidden → 404). */
  refusedStatus?: number;
}

const probe = (
  method: Probe['method'],
  route: string,
  path: (w: World) => string,
  body?: (w: World) => unknown,
  extra: Partial<Probe> = {},
): Probe => ({ method, route, path, ...(body ? { body } : {}), ...extra });

const R = '/api/debates/:id';
// Partial so a new action type-checks and fails here with its name, not in tsc for everyone.
const MATRIX: Partial<Record<Action, Probe[]>> = {
  'comment.add': [
    probe(
      'POST',
      `${R}/comments`,
      () => `${D}/comments`,
      () => ({ parentId: null, body: 'Hi.' }),
    ),
  ],
  'comment.edit': [
    probe(
      'PATCH',
      `${R}/comments/:commentId`,
      (w) => `${D}/comments/${w.comment}`,
      () => ({ body: 'Edited.', version: 1 }),
    ),
  ],
  'comment.delete': [
    probe('DELETE', `${R}/comments/:commentId`, (w) => `${D}/comments/${w.comment}?version=1`),
  ],
  'claim.mark': [
    probe(
      'POST',
      `${R}/claims`,
      () => `${D}/claims`,
      (w) => ({
        source: { kind: 'comment', commentId: w.comment },
        position: { start: 0, end: 21 },
        text: 'Buses should be free.',
        relation: { to: 'tallinn', kind: 'attacks' },
      }),
    ),
  ],
  'suggestion.list-own': [probe('GET', `${R}/suggestions`, () => `${D}/suggestions`)],
  'claim.edit': [
    probe(
      'PATCH',
      `${R}/claims/:claimId`,
      () => `${D}/claims/overcrowding`,
      () => ({ text: 'Full buses.' }),
    ),
  ],
  'relation.edit': [
    probe(
      'PATCH',
      `${R}/relations/:relationId`,
      () => `${D}/relations/r4`,
      () => ({ kind: 'supports' }),
    ),
  ],
  'comment.hide': [
    probe(
      'PUT',
      `${R}/comments/:commentId/hidden`,
      (w) => `${D}/comments/${w.comment}/hidden`,
      () => ({ hidden: true, reason: 'spam' }),
    ),
  ],
  'claim.hide': [
    probe(
      'PUT',
      `${R}/claims/:claimId/hidden`,
      () => `${D}/claims/overcrowding/hidden`,
      () => ({ hidden: true, reason: 'x' }),
    ),
  ],
  'suggestion.review': [
    probe(
      'POST',
      `${R}/suggestions/:suggestionId/review`,
      (w) => `${D}/suggestions/${w.suggestion}/review`,
      () => ({ decision: 'accept' }),
    ),
    probe(
      'POST',
      `${R}/suggestions/:suggestionId/review`,
      (w) => `${D}/suggestions/${w.suggestion}/review`,
      () => ({ decision: 'decline', reason: 'dup' }),
    ),
  ],
  'suggestion.list-all': [
    probe('GET', `${R}/moderation/suggestions`, () => `${D}/moderation/suggestions`),
  ],
  'claims.merge': [
    probe(
      'POST',
      `${R}/merges/preview`,
      () => `${D}/merges/preview`,
      () => ({ claimIds: ['overcrowding', 'tallinn'], survivor: { keep: 'overcrowding' } }),
    ),
    probe(
      'POST',
      `${R}/merges`,
      () => `${D}/merges`,
      () => ({ claimIds: ['overcrowding', 'tallinn'], survivor: { keep: 'overcrowding' } }),
    ),
    probe(
      'POST',
      `${R}/merges/:seq/undo`,
      (w) => `${D}/merges/${w.mergeSeq}/undo`,
      () => ({}),
    ),
  ],
  'moderation.log': [probe('GET', `${R}/moderation/log`, () => `${D}/moderation/log`)],
  'moderation.undo': [
    probe(
      'POST',
      `${R}/moderation/:seq/undo`,
      (w) => `${D}/moderation/${w.editSeq}/undo`,
      () => ({ reason: 'r' }),
    ),
  ],
  // No route of its own: what every read serves. A hidden claim's history is one such read.
  'hidden.view': [
    probe(
      'GET',
      `${R}/claims/:claimId/history`,
      () => `${D}/claims/free-buses/history`,
      undefined,
      { refusedStatus: 404 },
    ),
  ],
  'roles.manage': [
    probe(
      'PUT',
      '/api/admin/users/:userId/role',
      (w) => `/api/admin/users/${w.idOf('other')}/role`,
      () => ({ role: 'moderator' }),
    ),
    probe(
      'PUT',
      '/api/admin/users/:userId/debates/:debateId',
      (w) => `/api/admin/users/${w.idOf('other')}/debates/free-buses`,
    ),
    probe(
      'DELETE',
      '/api/admin/users/:userId/debates/:debateId',
      (w) => `/api/admin/users/${w.idOf('local')}/debates/free-buses`,
    ),
  ],
  'users.list': [probe('GET', '/api/admin/users', () => '/api/admin/users')],
  // A Crux JSON file sent as the body (the Agent sends it as JSON text, which it is).
  'debate.import': [
    probe(
      'POST',
      '/api/import',
      () => '/api/import',
      () => ({ format: 'crux', version: 1, debate: smallDebate('imported') }),
    ),
  ],
};

export function describeAuthorizationMatrix(where: string, fresh: FreshStore): void {
  describe(`the authorization matrix over ${where}`, () => {
    beforeAll(() => {
      freshStore = fresh;
    });

    it('has endpoints for every action of the permission table, and nothing else', () => {
      expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
      for (const action of ACTIONS) expect(MATRIX[action]?.length, action).toBeGreaterThan(0);
    });

    it('probes every mutating route the app has (sign-in and sign-up aside)', () => {
      const app = createApp(testDeps(createMemoryStore()));
      const probed = new Set(
        Object.values(MATRIX)
          .flat()
          .map((p) => `${p.method} ${p.route}`),
      );
      const mutating = app.routes
        .filter((r) => r.method !== 'GET' && r.method !== 'ALL' && !r.path.startsWith('/api/auth/'))
        .map((r) => `${r.method} ${r.path}`);
      expect(mutating.filter((route) => !probed.has(route))).toEqual([]);
    });

    for (const action of ACTIONS) {
      (MATRIX[action] ?? []).forEach((p, index) => {
        it(`${action} #${index + 1} (${p.method} ${p.route}): exactly the actors the table allows`, async () => {
          for (const who of WHO) {
            const w = await world(freshStore);
            const allowed = can(w.actorOf(who), action, {
              debateId: 'free-buses',
              ownerId: w.idOf('author'),
            });
            const before = await w.state();
            const result = await w.send(who, p.method, p.path(w), p.body?.(w));
            const label = `${action} as ${who}: ${JSON.stringify(result.body).slice(0, 200)}`;
            if (allowed.ok) {
              expect(result.status, label).toBeGreaterThanOrEqual(200);
              expect(result.status, label).toBeLessThan(300);
              continue;
            }
            expect(result.status, label).toBe(p.refusedStatus ?? allowed.status);
            if (!p.refusedStatus) expect(result.body.error.message, label).toBe(allowed.reason);
            expect(await w.state(), label).toEqual(before);
          }
        }, 60_000);
      });
    }
  });
}
