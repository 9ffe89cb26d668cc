// The duplicate index's data: claims as sparse vectors of shingles (interned to dense feature
// ids), an inverted index from each feature to the claims that have it, and TF-IDF weights
// computed whenever they are read from counts refreshed before a query once more than 1% of the
// claims have changed (every change, below 100 claims). No weight is stored, so adding or removing
// a claim touches only its own features' postings, and a refresh gives exactly the scores a
// rebuild would. Each claim's norm is kept under the counts of the last refresh (all recomputed at
// a refresh, one at an add), so a query right after an add costs what any other does.
import type { Id } from '../model';
import { type Polarity, polarityOf } from './contrasts';
import { claimTokens, shingles } from './normalise';

/**
 * A pair of neighbouring words counts for half a word: pairs catch word order, but people who
 * say the same thing reorder their words more often than they change them.
 */
export const BIGRAM_WEIGHT = 0.5;

/** A wording's features before interning: hashed shingles, their TF and the polarity. */
export interface Features {
  hashes: Uint32Array;
  /** (1 + ln count), times BIGRAM_WEIGHT for a word pair: the TF part of each weight. */
  tf: Float64Array;
  polarity: Polarity;
}

export interface Doc {
  id: Id;
  fids: Int32Array;
  tf: Float64Array;
  polarity: Polarity;
}

export interface IndexState {
  fidOf: Map<number, number>;
  /** feature id → its shingle hash, to forget the id when its last claim goes. */
  hashOf: number[];
  /**
   * feature id → the claims that have it, as [slot, tf, slot, tf, …] (unordered). One array per
   * feature, made at its first claim with room for exactly one: most shingles are in one claim
   * only, and an empty array grown by push reserves room for 16.
   */
  postings: number[][];
  freeFids: number[];
  docs: (Doc | undefined)[];
  freeSlots: number[];
  slots: Map<Id, number>;
  /**
   * The counts every IDF reads, as of the last refresh: the claim count, and feature id →
   * ln(1 + df) (0 for a feature first seen since), so an IDF is one subtraction.
   */
  statsCount: number;
  logDf: Float64Array;
  /** Adds and removes since the last refresh. */
  changes: number;
  /**
   * ‖d‖ by slot under the counts of the last refresh, kept for every live claim: computed for all
   * at a refresh and for one claim when it is added, so the hot loops read one flat array.
   */
  norms: Float64Array;
  /** Scratch for one query: its weights by feature id, partial sums Σ q·d by slot, marks. */
  qDense: Float64Array;
  acc: Float64Array;
  seen: Uint32Array;
  stamp: number;
}

export function createIndexState(): IndexState {
  return {
    fidOf: new Map(),
    hashOf: [],
    postings: [],
    freeFids: [],
    docs: [],
    freeSlots: [],
    slots: new Map(),
    statsCount: 0,
    logDf: new Float64Array(256),
    changes: 0,
    norms: new Float64Array(64),
    qDense: new Float64Array(256),
    acc: new Float64Array(64),
    seen: new Uint32Array(64),
    stamp: 0,
  };
}

/**
 * FNV-1a, 32 bits. Hashing shingles instead of keeping the strings saves most of the index's
 * memory at 100k claims; two shingles that collide (about one pair in a few hundred thousand
 * distinct shingles) merely count as one feature.
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

/** Share of the claims that may change before the IDF counts are refreshed. */
export const STATS_STALENESS = 0.01;

/** Refreshes the IDF counts if they are stale; every read of scores starts here. */
export function refreshStats(state: IndexState): void {
  if (state.changes <= Math.floor(liveCount(state) * STATS_STALENESS)) return;
  const { postings } = state;
  for (let fid = 0; fid < postings.length; fid++) {
    state.logDf[fid] = Math.log(1 + (postings[fid]?.length ?? 0) / 2);
  }
  state.statsCount = liveCount(state);
  state.changes = 0;
  const base = idfBase(state);
  for (let slot = 0; slot < state.docs.length; slot++)
    state.norms[slot] = computeNorm(state, slot, base);
}

/** The claim-count part of every IDF: idf = idfBase − ln(1 + df). */
export function idfBase(state: IndexState): number {
  return Math.log(1 + state.statsCount) + 1;
}

/** Smoothed IDF, ln((1 + N) / (1 + df)) + 1: a shingle in every claim still weighs 1. */
export function idf(state: IndexState, fid: number, base = idfBase(state)): number {
  return fid < 0 ? base : base - (state.logDf[fid] ?? 0);
}

/** ‖d‖ under the current counts: the same sum a query's norm is, so a text scores 1 with itself. */
function computeNorm(state: IndexState, slot: number, base: number): number {
  const doc = state.docs[slot];
  if (!doc) return 0;
  const { fids, tf } = doc;
  const { logDf } = state;
  let sum = 0;
  for (let i = 0; i < fids.length; i++) {
    const w = (tf[i] as number) * (base - (logDf[fids[i] as number] as number));
    sum += w * w;
  }
  return Math.sqrt(sum);
}

function grow<T extends Float64Array | Uint32Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

/** The posting of a feature no claim has yet; never written to. */
const EMPTY: number[] = [];

function intern(state: IndexState, hash: number): number {
  const known = state.fidOf.get(hash);
  if (known !== undefined) return known;
  const fid = state.freeFids.pop() ?? state.postings.length;
  state.fidOf.set(hash, fid);
  state.hashOf[fid] = hash;
  state.postings[fid] = EMPTY;
  state.qDense = grow(state.qDense, fid + 1);
  state.logDf = grow(state.logDf, fid + 1);
  // New since the last refresh: weighed as a shingle no claim had.
  state.logDf[fid] = 0;
  return fid;
}

export function insertDoc(state: IndexState, id: Id, text: string): void {
  deleteDoc(state, id);
  const features = featuresOf(text);
  const slot = state.freeSlots.pop() ?? state.docs.length;
  const fids = Int32Array.from(features.hashes, (hash) => intern(state, hash));
  state.docs[slot] = { id, fids, tf: features.tf, polarity: features.polarity };
  state.slots.set(id, slot);
  const size = state.docs.length;
  state.acc = grow(state.acc, size);
  state.seen = grow(state.seen, size);
  state.norms = grow(state.norms, size);
  // Under the counts every read uses until the next refresh, which recomputes it with the rest.
  state.norms[slot] = computeNorm(state, slot, idfBase(state));
  fids.forEach((fid, i) => {
    const posting = state.postings[fid] ?? EMPTY;
    if (posting === EMPTY) state.postings[fid] = [slot, features.tf[i] ?? 0];
    else posting.push(slot, features.tf[i] ?? 0);
  });
  state.changes++;
}

export function deleteDoc(state: IndexState, id: Id): boolean {
  const slot = state.slots.get(id);
  if (slot === undefined) return false;
  const doc = state.docs[slot];
  for (const fid of doc?.fids ?? []) {
    const posting = state.postings[fid] ?? EMPTY;
    if (posting === EMPTY) continue;
    let at = 0;
    while (at < posting.length && posting[at] !== slot) at += 2;
    // Move the last entry into the gap: a posting is a set, its order carries no meaning.
    posting[at] = posting[posting.length - 2] ?? slot;
    posting[at + 1] = posting[posting.length - 1] ?? 0;
    posting.length -= 2;
    if (posting.length === 0) {
      state.postings[fid] = EMPTY;
      state.fidOf.delete(state.hashOf[fid] ?? -1);
      state.freeFids.push(fid);
    }
  }
  state.docs[slot] = undefined;
  state.norms[slot] = 0;
  state.freeSlots.push(slot);
  state.slots.delete(id);
  state.changes++;
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
