// Which claims can possibly reach a threshold, without scoring them all. By Cauchy–Schwarz, a
// claim that shares with the query only features from a set S scores at most |q_S| / |q|. So sort
// the query's features by weight, cut off the light tail S while |q_S| < threshold × |q|, and a
// claim that shares none of the heavy head cannot reach the threshold: only the postings of the
// head (the rare, informative shingles) are read. Common shingles ("public", "not") are never
// scanned, yet no claim at or above the threshold is missed. Polarity only lowers scores, so the
// bound still holds after the penalty.

/**
 * How many of the features, taken in the given order, must be probed: the shortest head whose
 * complement has norm below `threshold × norm` (all of them when the threshold is 0).
 */
export function headLength(
  weights: ArrayLike<number>,
  order: ArrayLike<number>,
  norm: number,
  threshold: number,
): number {
  // A hair under the bound, so rounding never drops a claim that sits exactly on the threshold.
  const limit = (threshold * norm) ** 2 * (1 - 1e-9);
  let tail = 0;
  let length = order.length;
  while (length > 0) {
    const w = weights[order[length - 1] ?? 0] ?? 0;
    if (tail + w * w >= limit) break;
    tail += w * w;
    length--;
  }
  return length;
}

/** Indices of `weights` from heaviest to lightest; ties broken by `tieKey` for determinism. */
export function heaviestFirst(weights: ArrayLike<number>, tieKey: ArrayLike<number>): number[] {
  const order = Array.from({ length: weights.length }, (_, i) => i);
  return order.sort(
    (a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || (tieKey[a] ?? 0) - (tieKey[b] ?? 0),
  );
}
