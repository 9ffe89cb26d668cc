// One debate's list of likely duplicates, built a slice at a time and kept current. Wordings
// come in by difference (sync); each added, reworded or removed claim is queued, first to be
// (re)indexed, then to be compared with every other claim by similarTo, which gives all of its
// pairs at or above the threshold. So the first build is every claim queued once, and a change
// later costs one index update and one search per changed claim, never a rebuild.
//
// A pair not touching a changed claim keeps the score it was given; the IDF weights move a
// little as claims come and go (docs/duplicates.md), so such a score can differ from a fresh
// build's in the third decimal, never by which side of the threshold a pair is on for long:
// once more than a tenth of the claims changed since the last full build, everything is queued
// again.
import {
  createDuplicateIndex,
  type DuplicateGroup,
  type DuplicatePair,
  groupPairs,
} from '../../src/domain/duplicates';
import type { Id } from '../../src/domain/model';

/** Where a list is: its first build indexes every claim, then compares every claim. */
export interface ListProgress {
  phase: 'indexing' | 'comparing';
  /** Claims done in this phase. */
  done: number;
  total: number;
}

export interface DuplicateList {
  /** Makes these the debate's claims; what changed is queued, nothing is computed here. */
  sync(claims: readonly { id: Id; text: string }[]): void;
  /** Claims still queued (to index or to compare). */
  readonly pending: number;
  /** Does queued work until `deadline()` says stop; true when nothing is left to do. */
  work(deadline: () => boolean): boolean;
  /** null once nothing is queued. */
  progress(): ListProgress | null;
  /** Every group as far as compared, strongest first (memoised until a pair changes). */
  groups(): DuplicateGroup[];
}

/** Share of the claims that may change before the whole list is compared again. */
const REBUILD_SHARE = 0.1;

export function createDuplicateList(threshold: number): DuplicateList {
  const index = createDuplicateIndex();
  /** The wording each claim should have, and the one indexed. */
  const wanted = new Map<Id, string>();
  const indexed = new Map<Id, string>();
  const toIndex = new Set<Id>();
  const toCompare = new Set<Id>();
  /** id → its partners and their scores; both directions. */
  const partners = new Map<Id, Map<Id, number>>();
  let changedSinceBuild = 0;
  let firstBuild = true;
  let memo: DuplicateGroup[] | null = null;

  const dropPairs = (id: Id) => {
    for (const other of partners.get(id)?.keys() ?? []) partners.get(other)?.delete(id);
    if (partners.delete(id)) memo = null;
  };
  const link = (a: Id, b: Id, score: number) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const map = partners.get(x) ?? new Map<Id, number>();
      partners.set(x, map);
      map.set(y, score);
    }
    memo = null;
  };

  const indexOne = (id: Id) => {
    toIndex.delete(id);
    dropPairs(id);
    const text = wanted.get(id);
    if (text === undefined) {
      index.remove(id);
      indexed.delete(id);
      toCompare.delete(id);
      return;
    }
    index.add(id, text);
    indexed.set(id, text);
    toCompare.add(id);
  };
  const compareOne = (id: Id) => {
    toCompare.delete(id);
    dropPairs(id);
    const matches = index.similarTo(id, { threshold, limit: Number.POSITIVE_INFINITY });
    for (const match of matches) link(id, match.id, match.score);
  };

  return {
    sync(claims) {
      const seen = new Set<Id>();
      const queue = (id: Id) => {
        if (toIndex.has(id)) return;
        toIndex.add(id);
        changedSinceBuild++;
      };
      for (const { id, text } of claims) {
        seen.add(id);
        wanted.set(id, text);
        if (indexed.get(id) !== text) queue(id);
        else toIndex.delete(id);
      }
      for (const id of [...wanted.keys()]) {
        if (seen.has(id)) continue;
        wanted.delete(id);
        if (indexed.has(id)) queue(id);
        else toIndex.delete(id);
      }
      if (firstBuild) return;
      if (changedSinceBuild > wanted.size * REBUILD_SHARE) {
        // The weights have moved enough that old scores may mislead: compare everything again.
        changedSinceBuild = 0;
        for (const id of indexed.keys()) toCompare.add(id);
      }
    },
    get pending() {
      return toIndex.size + toCompare.size;
    },
    work(deadline) {
      // Every wording is indexed before any is compared: a first build compares each claim with
      // all the others, not with those indexed before it.
      for (const id of toIndex) {
        indexOne(id);
        if (deadline()) return this.pending === 0;
      }
      for (const id of toCompare) {
        compareOne(id);
        if (deadline()) break;
      }
      if (this.pending === 0 && firstBuild) {
        firstBuild = false;
        changedSinceBuild = 0;
      }
      return this.pending === 0;
    },
    progress() {
      if (this.pending === 0) return null;
      const total = wanted.size;
      if (toIndex.size > 0) {
        return { phase: 'indexing', done: Math.max(0, total - toIndex.size), total };
      }
      return { phase: 'comparing', done: Math.max(0, total - toCompare.size), total };
    },
    groups() {
      if (memo) return memo;
      const pairs: DuplicatePair[] = [];
      for (const [a, map] of partners) {
        for (const [b, score] of map) if (a < b) pairs.push({ a, b, score });
      }
      memo = groupPairs(pairs);
      return memo;
    },
  };
}
