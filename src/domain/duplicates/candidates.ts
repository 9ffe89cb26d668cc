// The head/tail split both searches rest on. By Cauchy–Schwarz, a claim that shares with a
// query only features from a set S scores at most ‖q_S‖ / ‖q‖. So cut off a light tail S with
// ‖q_S‖ below a share of the threshold: a claim sharing nothing with the head cannot reach the
// threshold, and only the head's postings need reading. Polarity only lowers scores, so the bound
// holds after the penalty too.

/**
 * The tail may hold at most this share of t·‖q‖. Smaller reads more postings; larger lets more
 * claims through to exact scoring. 0.7 was the fastest of 0.5–1 at 100k claims on debate-like
 * text (bench/server); a suggestion search shortens it in stages when that lets too many through.
 */
export const TAIL_SHARE = 0.7;

/** A hair under the bound, so rounding never drops a claim that sits exactly on a threshold. */
export const SLACK = 1 - 1e-9;

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
  const limit = (threshold * norm) ** 2 * SLACK;
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
