// The duplicate index's data: claims as sparse vectors of hashed shingles, an inverted index from
// each shingle to the claims that have it, and TF-IDF weights computed from the live counts at
// query time. Weights are never stored, so adding or removing a claim is cheap (touch its own
// shingles' postings) and leaves every other score exactly as if the index were rebuilt.
import type { Id } from '../model';
import { type Polarity, polarityOf, polarityPenalty } from './contrasts';
import { claimTokens, shingles } from './normalise';

/**
 * Pairs of neighbouring words count for more than single words: sharing "raise fare" says more
 * about two claims than sharing "raise" and "fare" apart.
 */
export const BIGRAM_WEIGHT = 0.5;

/** A claim's features: hashed shingles with their counts, and its polarity. */
export interface Features {
  hashes: Uint32Array;
  /** 1 + ln(count) × (BIGRAM_WEIGHT for a word pair): the TF part of each weight. */
  tf: Float64Array;
  polarity: Polarity;
}

export interface Doc extends Features {
  id: Id;
}

export interface IndexState {
  /** Claims by slot; a removed claim's slot is undefined until a new claim reuses it. */
  docs: (Doc | undefined)[];
  free: number[];
  slots: Map<Id, number>;
  /** shingle hash → slots of the claims that have it (unordered). */
  postings: Map<number, number[]>;
  /** Bumped on every change: cached norms from an older generation are stale. */
  generation: number;
  norms: number[];
  normGenerations: number[];
  /** Per-slot marks so a claim reached through several shingles is scored once. */
  seen: Uint32Array;
  stamp: number;
}

export function createIndexState(): IndexState {
  return {
    docs: [],
    free: [],
    slots: new Map(),
    postings: new Map(),
    generation: 0,
    norms: [],
    normGenerations: [],
    seen: new Uint32Array(64),
    stamp: 0,
  };
}

/**
 * FNV-1a, 32 bits. Hashing shingles instead of keeping the strings saves most of the index's
 * memory at 100k claims; two shingles that collide (about one pair in a few hundred thousand
 * distinct shingles) merely share a document frequency.
 */
export function hashShingle(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function featuresOf(text: string): Features {
  const tokens = claimTokens(text);
  const counts = new Map<number, { count: number; bigram: boolean }>();
  for (const shingle of shingles(tokens)) {
    const hash = hashShingle(shingle);
    const entry = counts.get(hash);
    if (entry) entry.count++;
    else counts.set(hash, { count: 1, bigram: shingle.includes(' ') });
  }
  const hashes = new Uint32Array(counts.size);
  const tf = new Float64Array(counts.size);
  let i = 0;
  for (const [hash, { count, bigram }] of counts) {
    hashes[i] = hash;
    tf[i] = (1 + Math.log(count)) * (bigram ? BIGRAM_WEIGHT : 1);
    i++;
  }
  return { hashes, tf, polarity: polarityOf(tokens) };
}

export function liveCount(state: IndexState): number {
  return state.slots.size;
}

/** Smoothed IDF: a shingle in every claim still weighs 1, an unseen one the most. */
export function idf(state: IndexState, hash: number): number {
  const df = state.postings.get(hash)?.length ?? 0;
  return Math.log((1 + liveCount(state)) / (1 + df)) + 1;
}

/** The weights of a set of features under the index's current counts. */
export function weightsOf(state: IndexState, features: Features): Float64Array {
  const weights = new Float64Array(features.hashes.length);
  for (let i = 0; i < weights.length; i++) {
    weights[i] = (features.tf[i] ?? 0) * idf(state, features.hashes[i] ?? 0);
  }
  return weights;
}

export function normOfWeights(weights: Float64Array): number {
  let sum = 0;
  for (const w of weights) sum += w * w;
  return Math.sqrt(sum);
}

export function docNorm(state: IndexState, slot: number): number {
  if (state.normGenerations[slot] === state.generation) return state.norms[slot] ?? 0;
  const doc = state.docs[slot];
  const norm = doc ? normOfWeights(weightsOf(state, doc)) : 0;
  state.norms[slot] = norm;
  state.normGenerations[slot] = state.generation;
  return norm;
}

/** A query vector, ready to score claims against: hash → weight, its norm and polarity. */
export interface Query {
  weights: Map<number, number>;
  /** The same weights in the order of the features' hashes. */
  list: Float64Array;
  norm: number;
  polarity: Polarity;
}

export function queryOf(state: IndexState, features: Features): Query {
  const list = weightsOf(state, features);
  const weights = new Map<number, number>();
  features.hashes.forEach((hash, i) => {
    weights.set(hash, list[i] ?? 0);
  });
  return { weights, list, norm: normOfWeights(list), polarity: features.polarity };
}

/** Cosine of the TF-IDF vectors, times the polarity penalty; in [0, 1]. */
export function scoreAgainst(state: IndexState, query: Query, slot: number): number {
  const doc = state.docs[slot];
  if (!doc || query.norm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < doc.hashes.length; i++) {
    const hash = doc.hashes[i] ?? 0;
    const q = query.weights.get(hash);
    if (q !== undefined) dot += q * (doc.tf[i] ?? 0) * idf(state, hash);
  }
  if (dot === 0) return 0;
  const cosine = dot / (query.norm * docNorm(state, slot));
  return Math.min(1, cosine) * polarityPenalty(query.polarity, doc.polarity);
}

export function insertDoc(state: IndexState, id: Id, text: string): void {
  deleteDoc(state, id);
  const slot = state.free.pop() ?? state.docs.length;
  const doc: Doc = { id, ...featuresOf(text) };
  state.docs[slot] = doc;
  state.slots.set(id, slot);
  for (const hash of doc.hashes) {
    const posting = state.postings.get(hash);
    if (posting) posting.push(slot);
    else state.postings.set(hash, [slot]);
  }
  if (state.seen.length < state.docs.length) {
    const grown = new Uint32Array(state.docs.length * 2);
    grown.set(state.seen);
    state.seen = grown;
  }
  state.generation++;
}

export function deleteDoc(state: IndexState, id: Id): boolean {
  const slot = state.slots.get(id);
  if (slot === undefined) return false;
  const doc = state.docs[slot];
  for (const hash of doc?.hashes ?? []) {
    const posting = state.postings.get(hash);
    if (!posting) continue;
    const at = posting.indexOf(slot);
    // Swap with the last entry: postings are sets, their order carries no meaning.
    if (at !== -1) posting[at] = posting[posting.length - 1] ?? slot;
    posting.pop();
    if (posting.length === 0) state.postings.delete(hash);
  }
  state.docs[slot] = undefined;
  state.free.push(slot);
  state.slots.delete(id);
  state.generation++;
  return true;
}

/** A fresh mark for one pass over candidates (see `seen`). */
export function nextStamp(state: IndexState): number {
  state.stamp = (state.stamp + 1) >>> 0;
  if (state.stamp === 0) {
    state.seen.fill(0);
    state.stamp = 1;
  }
  return state.stamp;
}
