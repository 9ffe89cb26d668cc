// Suggestions for one wording: the claims scoring at or above a threshold, without scoring them
// all. Split the query's features into a heavy head and a light tail, ‖tail‖ < TAIL_SHARE·t·‖q‖.
// Read only the head's postings (rare shingles, short lists), adding up each claim's partial dot
// product. A claim the head never reaches scores at most ‖tail‖/‖q‖ < t (Cauchy–Schwarz), so
// nothing is missed; a claim it reaches is scored exactly only if its partial sum plus the most
// the tail could add still reaches t. Common shingles ("not", "public") are never scanned.
import type { Id } from '../model';
import { headLength, heaviestFirst, SLACK, TAIL_SHARE } from './candidates';
import { docNorm, type IndexState, idf, nextStamp } from './index-store';
import { exactScore, type Query, withQuery } from './scoring';

export interface DuplicateMatch {
  id: Id;
  /** Similarity in [0, 1]: TF-IDF cosine of the shingles times the polarity penalty. */
  score: number;
}

function byScoreThenId(x: DuplicateMatch, y: DuplicateMatch): number {
  return y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** Slots the head reaches, with Σ q·d and Σ d² over the head left in state.acc and accSq. */
function accumulateHead(state: IndexState, query: Query, order: number[], head: number): number[] {
  const touched: number[] = [];
  const stamp = nextStamp(state);
  // Locals, not property reads, in the loop that runs once per posting entry.
  const { seen, acc, accSq } = state;
  for (let k = 0; k < head; k++) {
    const i = order[k] as number;
    const fid = query.fids[i] as number;
    if (fid < 0) continue;
    const weight = idf(state, fid, query.base);
    const factor = (query.weights[i] as number) * weight;
    const square = weight * weight;
    const posting = state.postings[fid] as number[];
    for (let j = 0; j < posting.length; j += 2) {
      const slot = posting[j] as number;
      const tf = posting[j + 1] as number;
      if (seen[slot] !== stamp) {
        seen[slot] = stamp;
        acc[slot] = 0;
        accSq[slot] = 0;
        touched.push(slot);
      }
      acc[slot] = (acc[slot] as number) + factor * tf;
      accSq[slot] = (accSq[slot] as number) + square * tf * tf;
    }
  }
  return touched;
}

/**
 * Which reached claims could still make the threshold: cos ≤ A/(‖q‖‖d‖) + ‖q_tail‖/‖q‖. First
 * with ‖d‖ ≥ √(Σ d² over the head), known without touching the claim; then with its true norm.
 */
function survivors(state: IndexState, query: Query, touched: number[], room: number): number[] {
  const { acc, accSq } = state;
  const out: number[] = [];
  const scale = room * query.norm;
  for (const slot of touched) {
    const a = acc[slot] as number;
    if (a < scale * Math.sqrt(accSq[slot] as number)) continue;
    if (a < scale * docNorm(state, slot, query.base)) continue;
    out.push(slot);
  }
  return out;
}

export function searchIndex(
  state: IndexState,
  query: Query,
  threshold: number,
  limit: number,
  exclude: ReadonlySet<Id>,
): DuplicateMatch[] {
  if (query.norm === 0 || limit <= 0) return [];
  const order = heaviestFirst(query.weights, query.keys);
  const head = headLength(query.weights, order, query.norm, threshold * TAIL_SHARE);
  let tail = 0;
  for (let k = head; k < order.length; k++) tail += (query.weights[order[k] ?? 0] ?? 0) ** 2;
  const room = threshold * SLACK - Math.sqrt(tail) / query.norm;
  const candidates = survivors(state, query, accumulateHead(state, query, order, head), room);
  const matches: DuplicateMatch[] = [];
  withQuery(state, query, () => {
    for (const slot of candidates) {
      const id = state.docs[slot]?.id;
      if (id === undefined || exclude.has(id)) continue;
      const score = exactScore(state, query, slot);
      if (score >= threshold) matches.push({ id, score });
    }
  });
  return matches.sort(byScoreThenId).slice(0, limit);
}
