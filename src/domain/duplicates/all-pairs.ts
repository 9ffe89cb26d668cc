// Every likely duplicate pair in the index, without comparing every pair. Order all shingles the
// same way for every claim (rarest first); cut each claim's light tail as in candidates.ts. Two
// claims at or above the threshold must then share a shingle in both of their heads: if the
// claim whose head ends sooner shared only shingles from its tail, its score would be at most its
// tail's share of its norm, below the threshold. So each claim is compared only with the earlier
// claims whose heads share one of its head's shingles (AllPairs, Bayardo et al., WWW 2007).
import type { Id } from '../model';
import { headLength } from './candidates';
import { type IndexState, nextStamp, queryOf, scoreAgainst } from './index-store';

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

function documentFrequency(state: IndexState, hash: number): number {
  return state.postings.get(hash)?.length ?? 0;
}

/** Pairs scoring at or above `threshold`, strongest first. */
export function findPairs(state: IndexState, threshold: number): DuplicatePair[] {
  const heads = new Map<number, number[]>();
  const pairs: DuplicatePair[] = [];
  state.docs.forEach((doc, slot) => {
    if (!doc) return;
    const query = queryOf(state, doc);
    const weights = query.list;
    const df = Array.from(doc.hashes, (hash) => documentFrequency(state, hash));
    // The shared global order: rarer shingle first, then by hash.
    const order = Array.from(doc.hashes, (_, i) => i).sort(
      (x, y) => (df[x] ?? 0) - (df[y] ?? 0) || (doc.hashes[x] ?? 0) - (doc.hashes[y] ?? 0),
    );
    const head = headLength(weights, order, query.norm, threshold);
    const stamp = nextStamp(state);
    for (let k = 0; k < head; k++) {
      const hash = doc.hashes[order[k] ?? 0] ?? 0;
      for (const other of heads.get(hash) ?? []) {
        if (state.seen[other] === stamp) continue;
        state.seen[other] = stamp;
        const score = scoreAgainst(state, query, other);
        const otherId = state.docs[other]?.id;
        if (score >= threshold && otherId !== undefined)
          pairs.push(orderedPair(doc.id, otherId, score));
      }
    }
    for (let k = 0; k < head; k++) {
      const hash = doc.hashes[order[k] ?? 0] ?? 0;
      const list = heads.get(hash);
      if (list) list.push(slot);
      else heads.set(hash, [slot]);
    }
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
    const ra = find(a);
    const rb = find(b);
    // The smaller id becomes the root, so the grouping does not depend on the pairs' order.
    const [low, high] = ra < rb ? [ra, rb] : [rb, ra];
    if (low !== high) parent.set(high, low);
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
