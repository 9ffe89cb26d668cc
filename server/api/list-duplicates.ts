// GET /api/debates/:id/duplicates?offset=&limit= → a page of likely-duplicate groups for the
// debate's moderators, strongest first (src/domain/duplicates). Hidden claims are left out;
// merged-away claims are no longer claims, so they never appear.
//
// The list is kept per debate in this process (server/duplicates): each request brings it to the
// overview's visible claims by difference. A small debate's list, or a few changed claims, is
// finished within the request (200, status "ready"); a big debate's is built in the background,
// and until it is done the answer is 202 with status "building", how far it got, and the groups
// found so far. The client asks again until it is ready. A page holds at most
// DUPLICATE_GROUPS_MAX groups, and a group at most GROUP_IDS_MAX claims and GROUP_PAIRS_MAX pairs,
// so a 100k-claim debate never sends megabytes.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { DuplicateGroup, DuplicatePair } from '../../src/domain/duplicates';
import type { Id } from '../../src/domain/model';
import type { ListProgress } from '../duplicates/duplicate-list';
import { createDuplicateLists } from '../duplicates/duplicate-lists';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';
import { requireAllowed } from './request';

/** Groups in one page unless ?limit= says otherwise, and the most it may say. */
export const DUPLICATE_GROUPS_DEFAULT = 20;
export const DUPLICATE_GROUPS_MAX = 100;
/** The most claims and pairs one group lists (its `size` and `pairCount` say how many it has). */
export const GROUP_IDS_MAX = 50;
export const GROUP_PAIRS_MAX = 20;

export interface DuplicateGroupPage {
  /** Claims of the group, sorted: all of them, or GROUP_IDS_MAX led by those in `pairs`. */
  ids: Id[];
  /** Claims in the whole group. */
  size: number;
  score: number;
  /** The strongest pairs, at most GROUP_PAIRS_MAX. */
  pairs: DuplicatePair[];
  pairCount: number;
}

export interface ListDuplicatesResponse {
  /** The debate's seq the list was brought to. */
  seq: number;
  threshold: number;
  /** Visible claims compared. */
  claimCount: number;
  /** "building": the list is not complete yet (HTTP 202); ask again. */
  status: 'ready' | 'building';
  /** While building: the phase and how many claims it has done. */
  progress?: ListProgress;
  /** Groups in the whole list (so far, while building). */
  groupCount: number;
  offset: number;
  /** This page, strongest first. */
  groups: DuplicateGroupPage[];
}

const QuerySchema = z.object({
  offset: z.coerce
    .number({ error: 'offset must be a whole number' })
    .int({ error: 'offset must be a whole number' })
    .min(0, { error: 'offset must be 0 or more' })
    .default(0),
  limit: z.coerce
    .number({ error: 'limit must be a whole number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(DUPLICATE_GROUPS_MAX, { error: `limit must be at most ${DUPLICATE_GROUPS_MAX}` })
    .default(DUPLICATE_GROUPS_DEFAULT),
});

/** A group cut to size: its strongest pairs, their claims first, then others up to the cap. */
export function groupPage(group: DuplicateGroup): DuplicateGroupPage {
  const pairs = group.pairs.slice(0, GROUP_PAIRS_MAX);
  const ids = new Set<Id>();
  for (const { a, b } of pairs) ids.add(a).add(b);
  for (const id of group.ids) {
    if (ids.size >= GROUP_IDS_MAX) break;
    ids.add(id);
  }
  return {
    ids: [...ids].sort(),
    size: group.ids.length,
    score: group.score,
    pairs,
    pairCount: group.pairs.length,
  };
}

export function listDuplicates(app: Hono, deps: ApiDeps): void {
  // One set of lists per app: a test's app and the server's never share them.
  const lists = createDuplicateLists(deps.duplicateLists);
  app.get('/api/debates/:id/duplicates', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireAllowed(c, deps, 'claims.merge', { debateId: id });
    if (actor instanceof Response) return actor;
    const query = QuerySchema.safeParse(c.req.query());
    if (!query.success) {
      const issue = query.error.issues[0];
      const field = issue?.path.join('.') || 'query';
      return errorResponse(c, 400, 'bad_request', `Bad ${field}: ${issue?.message ?? 'invalid'}.`);
    }
    const overview = await deps.store.getDebateOverview(id);
    if (!overview) return debateNotFound(c, id);
    c.header('Cache-Control', 'no-store');
    const visible = () => overview.claims.filter((claim) => !claim.hidden);
    const { list, progress } = lists.listFor(id, overview.seq, visible);
    const groups = list.groups();
    const { offset, limit } = query.data;
    const body: ListDuplicatesResponse = {
      seq: overview.seq,
      threshold: lists.threshold,
      claimCount: overview.claims.reduce((n, claim) => n + (claim.hidden ? 0 : 1), 0),
      status: progress ? 'building' : 'ready',
      ...(progress ? { progress } : {}),
      groupCount: groups.length,
      offset,
      groups: groups.slice(offset, offset + limit).map(groupPage),
    };
    return c.json(body, progress ? 202 : 200);
  });
}
