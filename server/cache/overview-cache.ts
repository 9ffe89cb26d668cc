// The debate overview (GET /api/debates/:id) as sent, kept per debate and per view: building it
// (10,000 claims: reading, checking and serialising ~2 MB, then gzip) costs 300–600 ms, and every
// reader who opens the debate asks for the same bytes until the debate changes. A repeat request
// is a lookup. Every change to a debate is an event with a new seq, announced by store.subscribe
// (from any process on a PostgreSQL database), which drops that debate's entries; what a reader
// may see changes only by such events too (hiding is one). Memory is bounded: least recently used
// entries go first once their bytes pass the limit. Browser-safe (the demo runs the API in the
// page): only TextEncoder and CompressionStream.
import type { Id } from '../../src/domain/model';
import type { Store } from '../store/store';

/** Who the body was made for: moderators see hidden claims (marked), readers do not. */
export type OverviewView = 'reader' | 'moderator';

export interface CachedOverview {
  /** The JSON body, UTF-8. */
  json: Uint8Array;
  /** The same body gzipped, for the (usual) client that accepts gzip. */
  gzip: Uint8Array;
  /** The debate's seq the body was built at. */
  seq: number;
}

export interface OverviewCache {
  /**
   * The body for this debate and view: from the cache, else built with `build` (null when there
   * is no such debate, which is not cached) and kept unless the debate changed meanwhile.
   */
  read(
    debateId: Id,
    view: OverviewView,
    build: () => Promise<{ body: unknown; seq: number } | null>,
  ): Promise<CachedOverview | null>;
  /** Bytes held now (JSON + gzip of every entry). */
  readonly bytes: number;
  /** Stops listening to the store (it listens from the first read on). */
  close(): void;
}

/** 64 MB: about twenty-five 10,000-claim debates in both views. */
export const DEFAULT_OVERVIEW_CACHE_BYTES = 64 * 1024 * 1024;

export function createOverviewCache(
  store: Pick<Store, 'subscribe'>,
  maxBytes = DEFAULT_OVERVIEW_CACHE_BYTES,
): OverviewCache {
  // Map order is recency order: a hit moves its entry to the end, eviction takes from the front.
  const entries = new Map<string, CachedOverview>();
  // Bumped by every change to a debate: a body built across a change is not kept.
  const generations = new Map<Id, number>();
  let bytes = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= size(entry);
  };
  // Listening starts with the first read (before its build, so a change during it is seen):
  // an app that never serves an overview holds no subscription.
  let unsubscribe: (() => void) | null = null;
  const listen = () => {
    unsubscribe ??= store.subscribe((debateId) => {
      generations.set(debateId, (generations.get(debateId) ?? 0) + 1);
      for (const view of VIEWS) drop(keyOf(debateId, view));
    });
  };

  return {
    async read(debateId, view, build) {
      const key = keyOf(debateId, view);
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      listen();
      const generation = generations.get(debateId) ?? 0;
      const built = await build();
      if (!built) return null;
      const entry = await encode(built.body, built.seq);
      const changed = (generations.get(debateId) ?? 0) !== generation;
      if (!changed && size(entry) <= maxBytes) {
        drop(key);
        entries.set(key, entry);
        bytes += size(entry);
        for (const oldest of entries.keys()) {
          if (bytes <= maxBytes) break;
          drop(oldest);
        }
      }
      return entry;
    },
    get bytes() {
      return bytes;
    },
    close() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}

const VIEWS: readonly OverviewView[] = ['reader', 'moderator'];

const keyOf = (debateId: Id, view: OverviewView) => `${view}:${debateId}`;

const size = (entry: CachedOverview) => entry.json.byteLength + entry.gzip.byteLength;

async function encode(body: unknown, seq: number): Promise<CachedOverview> {
  const json = new TextEncoder().encode(JSON.stringify(body));
  // Response, not Blob.stream(): the test DOM's Blob has no stream().
  const stream = new Response(json).body?.pipeThrough(new CompressionStream('gzip'));
  const gzip = new Uint8Array(await new Response(stream).arrayBuffer());
  return { json, gzip, seq };
}

/** Whether an Accept-Encoding header takes gzip: named with a q above 0, or else by `*`. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const weight = params.find((p) => p.startsWith('q='));
    q.set(name, weight ? Number(weight.slice(2)) : 1);
  }
  const gzip = q.get('gzip') ?? q.get('*') ?? 0;
  return gzip > 0;
}
