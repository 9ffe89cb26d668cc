// GET /api/debates/:id/duplicates → {groups, …}: likely-duplicate claims for the moderators,
// grouped and ranked by score (src/domain/duplicates). Hidden claims are left out; merged-away
// claims are no longer claims, so they never appear.
//
// pairs() costs about the square of the claims sharing words, so the index is built once per
// debate in this process and kept current: each request diffs the overview's claims against the
// indexed ones (add/remove only what changed) and reuses the last groups while the debate's seq
// has not moved. Past MAX_DUPLICATE_CLAIMS claims the route answers with no groups and says why,
// rather than spend seconds of CPU on a request (docs/duplicates.md: 35 s at 100k claims).
import type { Hono } from 'hono';
import {
  createDuplicateIndex,
  DEFAULT_DUPLICATE_THRESHOLD,
  type DuplicateGroup,
  type DuplicateIndex,
} from '../../src/domain/duplicates';
import type { Claim, Id } from '../../src/domain/model';
import type { ApiDeps } from './deps';
import { debateNotFound, idParam } from './params';
import { requireAllowed } from './request';

/** Above this many visible claims the list is not computed per request. */
export const MAX_DUPLICATE_CLAIMS = 5000;
/** The most groups one answer lists, strongest first. */
export const DUPLICATE_GROUPS_LIMIT = 50;
/** Debates whose index this process keeps (least recently asked dropped first). */
const CACHED_DEBATES = 16;

export interface ListDuplicatesResponse {
  /** The debate's seq the groups were computed at. */
  seq: number;
  threshold: number;
  /** Visible claims compared. */
  claimCount: number;
  /** Strongest first; each with the pairs that joined it. */
  groups: DuplicateGroup[];
  /** Set when the list was not computed (too many claims), in words. */
  notComputed?: string;
}

interface DebateIndex {
  index: DuplicateIndex;
  /** What is indexed: id → wording. */
  texts: Map<Id, string>;
  seq: number;
  groups: DuplicateGroup[] | null;
}

/** Brings `entry` up to `claims`: only added, reworded or gone claims touch the index. */
function syncIndex(entry: DebateIndex, claims: readonly Claim[]): void {
  const seen = new Set<Id>();
  for (const claim of claims) {
    seen.add(claim.id);
    if (entry.texts.get(claim.id) === claim.text) continue;
    entry.index.add(claim.id, claim.text);
    entry.texts.set(claim.id, claim.text);
  }
  for (const id of [...entry.texts.keys()]) {
    if (seen.has(id)) continue;
    entry.index.remove(id);
    entry.texts.delete(id);
  }
}

export function listDuplicates(app: Hono, deps: ApiDeps): void {
  // One cache per app: a test's app and the server's never share it.
  const cache = new Map<Id, DebateIndex>();
  app.get('/api/debates/:id/duplicates', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireAllowed(c, deps, 'claims.merge', { debateId: id });
    if (actor instanceof Response) return actor;
    const overview = await deps.store.getDebateOverview(id);
    if (!overview) return debateNotFound(c, id);
    c.header('Cache-Control', 'no-store');
    const visible = overview.claims.filter((claim) => !claim.hidden);
    const base = {
      seq: overview.seq,
      threshold: DEFAULT_DUPLICATE_THRESHOLD,
      claimCount: visible.length,
    };
    if (visible.length > MAX_DUPLICATE_CLAIMS) {
      cache.delete(id);
      return c.json<ListDuplicatesResponse>({
        ...base,
        groups: [],
        notComputed: `This debate has ${visible.length} claims; duplicates are listed for debates of up to ${MAX_DUPLICATE_CLAIMS}. Use "Merge…" on claims you find in the map.`,
      });
    }
    let entry = cache.get(id);
    cache.delete(id);
    if (!entry) {
      entry = { index: createDuplicateIndex(), texts: new Map(), seq: -1, groups: null };
    }
    cache.set(id, entry);
    if (cache.size > CACHED_DEBATES) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    if (entry.groups === null || entry.seq !== overview.seq) {
      syncIndex(entry, visible);
      entry.groups = entry.index.pairs({
        threshold: DEFAULT_DUPLICATE_THRESHOLD,
        limit: DUPLICATE_GROUPS_LIMIT,
      });
      entry.seq = overview.seq;
    }
    return c.json<ListDuplicatesResponse>({ ...base, groups: entry.groups });
  });
}
