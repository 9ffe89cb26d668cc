// Scoring a wording against indexed claims: the query's weights are spread into a dense array
// by feature id, so scoring one claim is a pass over its ~20 features with no hashing. Every
// path (suggestions, pairs, compare) ends in exactScore, so a pair gets the same score whichever
// way it is reached.
import { type Polarity, polarityPenalty } from './contrasts';
import type { Features, IndexState } from './index-store';
import { idf, idfBase } from './index-store';

export interface Query {
  /** Feature ids; -1 for a shingle no indexed claim has (it weighs in the norm only). */
  fids: Int32Array;
  /** Tie-break key per feature, stable across adds and removes: the shingle's hash. */
  keys: Uint32Array;
  weights: Float64Array;
  norm: number;
  polarity: Polarity;
  /** idfBase when the query was made: the claim count cannot change during one query. */
  base: number;
}

function finish(
  state: IndexState,
  fids: Int32Array,
  keys: Uint32Array,
  tf: Float64Array,
  polarity: Polarity,
): Query {
  const base = idfBase(state);
  const weights = new Float64Array(fids.length);
  let sum = 0;
  for (let i = 0; i < fids.length; i++) {
    const w = (tf[i] ?? 0) * idf(state, fids[i] ?? -1, base);
    weights[i] = w;
    sum += w * w;
  }
  return { fids, keys, weights, norm: Math.sqrt(sum), polarity, base };
}

export function queryFromFeatures(state: IndexState, features: Features): Query {
  const fids = Int32Array.from(features.hashes, (hash) => state.fidOf.get(hash) ?? -1);
  return finish(state, fids, features.hashes, features.tf, features.polarity);
}

export function queryFromSlot(state: IndexState, slot: number): Query | undefined {
  const doc = state.docs[slot];
  if (!doc) return undefined;
  const keys = Uint32Array.from(doc.fids, (fid) => state.hashOf[fid] ?? 0);
  return finish(state, doc.fids, keys, doc.tf, doc.polarity);
}

/** Runs `work` with the query's weights spread into `qDense`, and clears them after. */
export function withQuery<T>(state: IndexState, query: Query, work: () => T): T {
  query.fids.forEach((fid, i) => {
    if (fid >= 0) state.qDense[fid] = query.weights[i] ?? 0;
  });
  try {
    return work();
  } finally {
    for (const fid of query.fids) if (fid >= 0) state.qDense[fid] = 0;
  }
}

/** Cosine of the TF-IDF vectors times the polarity penalty, in [0, 1]; inside withQuery. */
export function exactScore(state: IndexState, query: Query, slot: number): number {
  const doc = state.docs[slot];
  if (!doc || query.norm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < doc.fids.length; i++) {
    const fid = doc.fids[i] ?? 0;
    const q = state.qDense[fid] ?? 0;
    if (q !== 0) dot += q * (doc.tf[i] ?? 0) * idf(state, fid, query.base);
  }
  if (dot === 0) return 0;
  const cosine = dot / (query.norm * (state.norms[slot] as number));
  return Math.min(1, cosine) * polarityPenalty(query.polarity, doc.polarity);
}
