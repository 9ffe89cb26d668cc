// The duplicate-claim index: one per debate, on the server for the moderator's list of likely
// duplicates and a new claim's suggestions, and in the browser to warn a commenter that a similar
// claim already exists while they type. Plain data and functions, no I/O.
import type { Id } from '../model';
import { type DuplicateGroup, findPairs, groupPairs } from './all-pairs';
import { headLength, heaviestFirst } from './candidates';
import {
  createIndexState,
  deleteDoc,
  type Features,
  featuresOf,
  type IndexState,
  insertDoc,
  liveCount,
  nextStamp,
  type Query,
  queryOf,
  scoreAgainst,
} from './index-store';

/**
 * The score at or above which two claims are called duplicates: chosen on the labelled set in
 * test/fixtures/duplicate-pairs.ts (see docs/duplicates.md for precision and recall).
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.4;

export interface DuplicateMatch {
  id: Id;
  /** Similarity in [0, 1]: TF-IDF cosine of the shingles times the polarity penalty. */
  score: number;
}

export interface SimilarOptions {
  /** At most this many matches, best first (default 10). */
  limit?: number;
  /** Only matches scoring at least this (default DEFAULT_DUPLICATE_THRESHOLD). */
  threshold?: number;
  /** Claims never to return: the claim itself, claims already linked, merged-away claims. */
  exclude?: Iterable<Id>;
}

export interface PairsOptions {
  /** Only pairs scoring at least this (default DEFAULT_DUPLICATE_THRESHOLD). */
  threshold?: number;
  /** At most this many groups, strongest first (default: all). */
  limit?: number;
}

export interface DuplicateIndex {
  /** Adds a claim, or replaces its wording if the id is already there (an edit). */
  add(id: Id, text: string): void;
  /** Removes a claim; false if it was not there. */
  remove(id: Id): boolean;
  has(id: Id): boolean;
  readonly size: number;
  /** Claims similar to a wording that need not be in the index (a draft being typed). */
  similar(text: string, options?: SimilarOptions): DuplicateMatch[];
  /** Claims similar to one already in the index, never itself; [] for an unknown id. */
  similarTo(id: Id, options?: SimilarOptions): DuplicateMatch[];
  /** The score of two indexed claims (0 if either is unknown), e.g. for a merge preview. */
  compare(a: Id, b: Id): number;
  /** Likely duplicates across the whole index, grouped transitively, strongest group first. */
  pairs(options?: PairsOptions): DuplicateGroup[];
}

function byScoreThenId(x: DuplicateMatch, y: DuplicateMatch): number {
  return y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** Scores the claims reachable through the query's heavy head (see candidates.ts). */
function search(
  state: IndexState,
  features: Features,
  options: SimilarOptions,
  self?: Id,
): DuplicateMatch[] {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const limit = options.limit ?? 10;
  const exclude = new Set(options.exclude ?? []);
  if (self !== undefined) exclude.add(self);
  const query: Query = queryOf(state, features);
  if (query.norm === 0 || limit <= 0) return [];
  const order = heaviestFirst(query.list, features.hashes);
  const head = headLength(query.list, order, query.norm, threshold);
  const stamp = nextStamp(state);
  const matches: DuplicateMatch[] = [];
  for (let k = 0; k < head; k++) {
    for (const slot of state.postings.get(features.hashes[order[k] ?? 0] ?? 0) ?? []) {
      if (state.seen[slot] === stamp) continue;
      state.seen[slot] = stamp;
      const id = state.docs[slot]?.id;
      if (id === undefined || exclude.has(id)) continue;
      const score = scoreAgainst(state, query, slot);
      if (score >= threshold) matches.push({ id, score });
    }
  }
  return matches.sort(byScoreThenId).slice(0, limit);
}

export function createDuplicateIndex(claims?: Iterable<{ id: Id; text: string }>): DuplicateIndex {
  const state = createIndexState();
  for (const claim of claims ?? []) insertDoc(state, claim.id, claim.text);
  return {
    add: (id, text) => insertDoc(state, id, text),
    remove: (id) => deleteDoc(state, id),
    has: (id) => state.slots.has(id),
    get size() {
      return liveCount(state);
    },
    similar: (text, options = {}) => search(state, featuresOf(text), options),
    similarTo(id, options = {}) {
      const doc = state.docs[state.slots.get(id) ?? -1];
      return doc ? search(state, doc, options, id) : [];
    },
    compare(a, b) {
      const docA = state.docs[state.slots.get(a) ?? -1];
      const slotB = state.slots.get(b);
      if (!docA || slotB === undefined) return 0;
      return scoreAgainst(state, queryOf(state, docA), slotB);
    },
    pairs(options = {}) {
      const groups = groupPairs(findPairs(state, options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD));
      return options.limit === undefined ? groups : groups.slice(0, options.limit);
    },
  };
}
