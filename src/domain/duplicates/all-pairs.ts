// Every likely duplicate pair in the index, without comparing every pair (All-Pairs, Bayardo, Ma
// and Srikant, WWW 2007). Claims are taken in turn; each earlier claim y has its heavy head in a
// side index, its light tail (‖tail‖ < TAIL_SHARE·t·‖y‖) left out. Scanning that side index with
// all of claim x's features adds up A = Σ x·y over y's head, and the rest, over y's tail, is at
// most ‖x‖·‖y_tail‖: cos(x, y) ≤ A / (‖x‖‖y‖) + ‖y_tail‖/‖y‖. A claim never reached, or whose
// bound is under t, cannot reach t; the few left are scored exactly. Common shingles sit in almost
// every claim's tail, so the side index's lists stay short; shingles of middling frequency do not,
// and make the work grow with the square of the claim count (see docs/duplicates.md).
import type { Id } from '../model';
import { headLength, heaviestFirst, SLACK, TAIL_SHARE } from './candidates';
import { type IndexState, nextStamp } from './index-store';
import { exactScore, type Query, queryFromSlot, withQuery } from './scoring';

/** Two claims that look like the same claim; `a` sorts before `b`. */
export interface DuplicatePair {
  a: Id;
  b: Id;
  /** Similarity in [0, 1]: TF-IDF cosine of their shingles times the polarity penalty. */
  score: number;
}

/** Claims joined by likely-duplicate pairs, transitively (A~B and B~C make one group). */
export interface DuplicateGroup {
  /** The group's claims, sorted. */
  ids: Id[];
  /** The strongest pair's score: how sure the group is, for ranking. */
  score: number;
  /**
   * The pairs that joined the group, strongest first. A chain A~B~C may hold an A and a C that
   * are not alike at all; the pairs show the moderator why each claim is there.
   */
  pairs: DuplicatePair[];
}

interface HeadIndex {
  /** feature id → earlier claims with it in their head, and its weight there. */
  slots: Map<number, number[]>;
  weights: Map<number, number[]>;
  /** Per slot: ‖tail‖ / ‖d‖, the most its unindexed tail can add to a cosine. */
  tailShare: Float64Array;
  /** Per slot: ‖d‖, read from one flat array in the hot loop (nothing changes during pairs()). */
  norm: Float64Array;
}

/** Earlier claims reached through their heads, each with A in state.acc. */
function accumulate(
  state: IndexState,
  heads: HeadIndex,
  fids: Int32Array,
  weights: Float64Array,
): number[] {
  const touched: number[] = [];
  const stamp = nextStamp(state);
  // Locals, not property reads, in the loop that runs for every (claim, head entry) pair.
  const { seen, acc } = state;
  for (let i = 0; i < fids.length; i++) {
    const slots = heads.slots.get(fids[i] ?? -1);
    if (!slots) continue;
    const ws = heads.weights.get(fids[i] ?? -1) as number[];
    const wx = weights[i] as number;
    for (let j = 0; j < slots.length; j++) {
      const y = slots[j] as number;
      if (seen[y] !== stamp) {
        seen[y] = stamp;
        acc[y] = 0;
        touched.push(y);
      }
      acc[y] = (acc[y] as number) + wx * (ws[j] as number);
    }
  }
  return touched;
}

function addHead(heads: HeadIndex, x: number, query: Query, threshold: number): void {
  const { fids, keys, weights, norm } = query;
  const order = heaviestFirst(weights, keys);
  const head = headLength(weights, order, norm, threshold * TAIL_SHARE);
  let tail = 0;
  for (let k = head; k < order.length; k++) tail += (weights[order[k] ?? 0] ?? 0) ** 2;
  heads.tailShare[x] = norm === 0 ? 0 : Math.sqrt(tail) / norm;
  heads.norm[x] = norm;
  for (let k = 0; k < head; k++) {
    const i = order[k] ?? 0;
    const fid = fids[i] ?? -1;
    const slots = heads.slots.get(fid);
    if (slots) {
      slots.push(x);
      heads.weights.get(fid)?.push(weights[i] ?? 0);
    } else {
      heads.slots.set(fid, [x]);
      heads.weights.set(fid, [weights[i] ?? 0]);
    }
  }
}

/**
 * Pairs scoring at or above `threshold`, strongest first. Each pair is scored from its later
 * slot's side, as compare() does, so both give the same number.
 */
export function findPairs(state: IndexState, threshold: number): DuplicatePair[] {
  const heads: HeadIndex = {
    slots: new Map(),
    weights: new Map(),
    tailShare: new Float64Array(state.docs.length),
    norm: new Float64Array(state.docs.length),
  };
  const limit = threshold * SLACK;
  const pairs: DuplicatePair[] = [];
  state.docs.forEach((doc, x) => {
    const query = doc && queryFromSlot(state, x);
    if (!doc || !query || query.norm === 0) return;
    const touched = accumulate(state, heads, doc.fids, query.weights);
    const { acc } = state;
    const { tailShare, norm } = heads;
    withQuery(state, query, () => {
      for (const y of touched) {
        // cos ≤ A/(‖x‖‖y‖) + ‖y_tail‖/‖y‖, compared without dividing.
        if (
          (acc[y] as number) <
          (limit - (tailShare[y] as number)) * query.norm * (norm[y] as number)
        ) {
          continue;
        }
        const score = exactScore(state, query, y);
        const other = state.docs[y]?.id;
        if (score >= threshold && other !== undefined)
          pairs.push(orderedPair(doc.id, other, score));
      }
    });
    addHead(heads, x, query, threshold);
  });
  return pairs.sort(byStrength);
}

function orderedPair(x: Id, y: Id, score: number): DuplicatePair {
  return x < y ? { a: x, b: y, score } : { a: y, b: x, score };
}

function byStrength(p: DuplicatePair, q: DuplicatePair): number {
  return q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0);
}

/** Union–find over the pairs; groups ranked by their strongest pair. */
export function groupPairs(pairs: readonly DuplicatePair[]): DuplicateGroup[] {
  const parent = new Map<Id, Id>();
  const find = (id: Id): Id => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) as Id;
    parent.set(id, root);
    return root;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    // The smaller id becomes the root, so the grouping does not depend on the pairs' order.
    const [low, high] = [find(a), find(b)].sort();
    if (low !== undefined && high !== undefined && low !== high) parent.set(high, low);
  }
  const groups = new Map<Id, DuplicateGroup>();
  for (const pair of [...pairs].sort(byStrength)) {
    const root = find(pair.a);
    let group = groups.get(root);
    if (!group) {
      group = { ids: [], score: pair.score, pairs: [] };
      groups.set(root, group);
    }
    group.pairs.push(pair);
  }
  for (const group of groups.values()) {
    const ids = new Set<Id>();
    for (const { a, b } of group.pairs) ids.add(a).add(b);
    group.ids = [...ids].sort();
  }
  return [...groups.values()].sort(
    (g, h) => h.score - g.score || ((g.ids[0] ?? '') < (h.ids[0] ?? '') ? -1 : 1),
  );
}
