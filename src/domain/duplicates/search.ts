// Suggestions for one wording: the claims scoring at or above a threshold, without scoring them
// all (prefix filtering). Order the query's features heaviest (rarest) first and split them into a
// head and a light tail, ‖tail‖ < share·t·‖q‖. Read only the head's postings, adding up each
// claim's partial dot product A. A claim the head never reaches scores at most ‖tail‖/‖q‖ < t
// (Cauchy–Schwarz), so nothing is missed; a claim it reaches is scored exactly only if
// A/(‖q‖‖d‖) + ‖tail‖/‖q‖ still reaches t. Where the rare shingles single claims out, a short
// head does (common words are never read); where every shingle is common (a small vocabulary),
// a short head lets thousands of claims through to exact scoring, so the head is lengthened in
// stages while reading the next features' postings costs less than scoring those claims would.
import type { Id } from '../model';
import { headLength, heaviestFirst, SLACK, TAIL_SHARE } from './candidates';
import { type IndexState, idf, nextStamp } from './index-store';
import { exactScore, type Query, withQuery } from './scoring';

export interface DuplicateMatch {
  id: Id;
  /** Similarity in [0, 1]: TF-IDF cosine of the shingles times the polarity penalty. */
  score: number;
}

function byScoreThenId(x: DuplicateMatch, y: DuplicateMatch): number {
  return y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/**
 * Above this many posting entries per indexed claim, the head's postings are added up into a
 * dense array over every slot and the slots read in one pass afterwards: cheaper than marking
 * each claim the first time it is met when most claims are met anyway (common vocabulary).
 */
const DENSE_SHARE = 0.25;

/**
 * Clears the partial sums for a query expected to read `entries` posting entries: dense (null,
 * every slot zeroed and read back) when that is many per claim, else a list of reached slots.
 */
function startAccumulating(state: IndexState, entries: number): number[] | null {
  const slots = state.docs.length;
  if (entries <= slots * DENSE_SHARE) {
    nextStamp(state);
    return [];
  }
  state.acc.fill(0, 0, slots);
  return null;
}

/** Adds q·d over these features to state.acc, noting first-reached slots in `touched`. */
function accumulate(
  state: IndexState,
  query: Query,
  features: number[],
  touched: number[] | null,
): void {
  const { seen, acc, stamp } = state;
  for (const i of features) {
    const fid = query.fids[i] as number;
    const factor = (query.weights[i] as number) * idf(state, fid, query.base);
    const posting = state.postings[fid] as number[];
    // Two loops rather than one branch per entry: this is where a query spends its time.
    if (!touched) {
      for (let j = 0; j < posting.length; j += 2) {
        const slot = posting[j] as number;
        acc[slot] = (acc[slot] as number) + factor * (posting[j + 1] as number);
      }
      continue;
    }
    for (let j = 0; j < posting.length; j += 2) {
      const slot = posting[j] as number;
      if (seen[slot] !== stamp) {
        seen[slot] = stamp;
        acc[slot] = 0;
        touched.push(slot);
      }
      acc[slot] = (acc[slot] as number) + factor * (posting[j + 1] as number);
    }
  }
}

/** Which reached claims could still make the threshold: cos ≤ A/(‖q‖‖d‖) + ‖q_tail‖/‖q‖. */
function survivors(state: IndexState, touched: number[] | null, scale: number): number[] {
  const { acc, norms } = state;
  if (touched) return stillIn(state, touched, scale);
  const out: number[] = [];
  for (let slot = 0; slot < state.docs.length; slot++) {
    const a = acc[slot] as number;
    if (a > 0 && a >= scale * (norms[slot] as number)) out.push(slot);
  }
  return out;
}

function stillIn(state: IndexState, slots: readonly number[], scale: number): number[] {
  const { acc, norms } = state;
  return slots.filter((slot) => (acc[slot] as number) >= scale * (norms[slot] as number));
}

/**
 * The tail's share of t·‖q‖ at each stage: the first is the cheapest to read, the last (0) reads
 * every posting, after which a survivor's partial sum is its whole dot product.
 */
const STAGES = [TAIL_SHARE, TAIL_SHARE / 2, TAIL_SHARE / 4, 0];

/**
 * One exact score costs about as much as adding up this many posting entries (bench/server):
 * a stage is read when its postings cost less than scoring the claims that survive without it.
 */
export const EXACT_COST = 100;

function postingEntries(
  state: IndexState,
  query: Query,
  order: number[],
  from: number,
  to: number,
) {
  let entries = 0;
  for (let k = from; k < to; k++) {
    entries += (state.postings[query.fids[order[k] as number] as number]?.length ?? 0) / 2;
  }
  return entries;
}

/** The claims that may reach the threshold, from the shortest head that keeps them few. */
function candidatesFor(
  state: IndexState,
  query: Query,
  threshold: number,
  exactCost: number,
): number[] {
  // Shingles no claim has weigh in ‖q‖ but can add to no dot product: they are in no head.
  const order = heaviestFirst(query.weights, query.keys).filter(
    (i) => (query.fids[i] as number) >= 0,
  );
  const { norm, weights } = query;
  let read = 0;
  let touched: number[] | null = null;
  let candidates: number[] = [];
  for (const [stage, share] of STAGES.entries()) {
    const head = headLength(weights, order, norm, threshold * share);
    const more = postingEntries(state, query, order, read, head);
    if (stage > 0 && more > candidates.length * exactCost) break;
    if (stage === 0) touched = startAccumulating(state, more);
    accumulate(state, query, order.slice(read, head), touched);
    read = head;
    let tail = 0;
    for (let k = head; k < order.length; k++) tail += (weights[order[k] as number] as number) ** 2;
    const scale = (threshold * SLACK - Math.sqrt(tail) / norm) * norm;
    // A claim one stage's bound rules out is below t for good: later stages only re-check.
    candidates = stage === 0 ? survivors(state, touched, scale) : stillIn(state, candidates, scale);
    if (head === order.length) break;
  }
  return candidates;
}

export function searchIndex(
  state: IndexState,
  query: Query,
  threshold: number,
  limit: number,
  exclude: ReadonlySet<Id>,
  /** EXACT_COST; tests pass 0 (stop at the first stage) and Infinity (read every stage). */
  exactCost = EXACT_COST,
): DuplicateMatch[] {
  if (query.norm === 0 || limit <= 0) return [];
  const candidates = candidatesFor(state, query, threshold, exactCost);
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
