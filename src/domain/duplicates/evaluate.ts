// Measuring the index against labelled pairs: precision (of the pairs it calls duplicates, how
// many are) and recall (of the real duplicates, how many it finds) at a threshold. Used by the
// quality test and by the script that writes the figures in docs/duplicates.md.
import { createDuplicateIndex } from './duplicate-index';

export interface LabelledText {
  a: string;
  b: string;
  duplicate: boolean;
}

export interface ScoredPair<P extends LabelledText = LabelledText> {
  pair: P;
  score: number;
}

/**
 * Scores every pair inside one index holding all the set's distinct texts, so the IDF weights
 * come from a debate-sized corpus, as they would in a real debate.
 */
export function scoreLabelledPairs<P extends LabelledText>(pairs: readonly P[]): ScoredPair<P>[] {
  const ids = new Map<string, string>();
  for (const { a, b } of pairs) {
    for (const text of [a, b]) if (!ids.has(text)) ids.set(text, `t-${ids.size}`);
  }
  const index = createDuplicateIndex([...ids].map(([text, id]) => ({ id, text })));
  return pairs.map((pair) => ({
    pair,
    score: index.compare(ids.get(pair.a) ?? '', ids.get(pair.b) ?? ''),
  }));
}

export interface Quality {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Precision and recall when pairs scoring at or above `threshold` are called duplicates. */
export function qualityAt(scored: readonly ScoredPair[], threshold: number): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { pair, score } of scored) {
    const called = score >= threshold;
    if (called && pair.duplicate) tp++;
    else if (called) fp++;
    else if (pair.duplicate) fn++;
  }
  // Calling nothing a duplicate makes no false claim: precision 1 by convention.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    threshold,
    precision,
    recall,
    f1,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}
