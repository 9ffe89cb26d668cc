// The duplicate-claim index: one per debate, on the server for the moderator's list of likely
// duplicates and a new claim's suggestions, and in the browser to warn a commenter that a similar
// claim already exists while they type. Plain data and functions, no I/O.
import type { Id } from '../model';
import { type DuplicateGroup, findPairs, groupPairs } from './all-pairs';
import {
  createIndexState,
  deleteDoc,
  featuresOf,
  insertDoc,
  liveCount,
  refreshStats,
} from './index-store';
import { exactScore, queryFromFeatures, queryFromSlot, withQuery } from './scoring';
import { type DuplicateMatch, searchIndex } from './search';

export type { DuplicateMatch } from './search';

/**
 * The score at or above which two claims are called duplicates: chosen on the labelled set in
 * test/fixtures/duplicate-pairs.ts (see docs/duplicates.md for precision and recall).
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.4;

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

function searchOptions(options: SimilarOptions, self?: Id) {
  const exclude = new Set(options.exclude ?? []);
  if (self !== undefined) exclude.add(self);
  return {
    threshold: options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD,
    limit: options.limit ?? 10,
    exclude,
  };
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
    similar(text, options = {}) {
      refreshStats(state);
      const { threshold, limit, exclude } = searchOptions(options);
      const query = queryFromFeatures(state, featuresOf(text));
      return searchIndex(state, query, threshold, limit, exclude);
    },
    similarTo(id, options = {}) {
      refreshStats(state);
      const query = queryFromSlot(state, state.slots.get(id) ?? -1);
      if (!query) return [];
      const { threshold, limit, exclude } = searchOptions(options, id);
      return searchIndex(state, query, threshold, limit, exclude);
    },
    compare(a, b) {
      refreshStats(state);
      const slotA = state.slots.get(a);
      const slotB = state.slots.get(b);
      if (slotA === undefined || slotB === undefined) return 0;
      // Scored from the later slot's side, as pairs() does: the same pair, the same number.
      const [from, to] = slotA > slotB ? [slotA, slotB] : [slotB, slotA];
      const query = queryFromSlot(state, from);
      return query ? withQuery(state, query, () => exactScore(state, query, to)) : 0;
    },
    pairs(options = {}) {
      refreshStats(state);
      const groups = groupPairs(findPairs(state, options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD));
      return options.limit === undefined ? groups : groups.slice(0, options.limit);
    },
  };
}
