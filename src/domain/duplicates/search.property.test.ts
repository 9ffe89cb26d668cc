// The suggestion search against a full scan, on the adversarial case: a vocabulary so small that
// every claim shares shingles with most others, so the dense path, the staged heads and the
// bounds all do real work. The search must return exactly what scoring every claim returns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndexState, type IndexState, insertDoc, refreshStats } from './index-store';
import { exactScore, type Query, queryFromSlot, withQuery } from './scoring';
import { EXACT_COST, searchIndex } from './search';

const COMMON = [
  'council',
  'raise',
  'bus',
  'fares',
  'not',
  'school',
  'meals',
  'free',
  'all',
  'some',
];

const textArb = (words: readonly string[]) =>
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

/** Every claim scored, none skipped: what the search must agree with. */
function fullScan(state: IndexState, query: Query, self: number, threshold: number) {
  return withQuery(state, query, () =>
    state.docs.flatMap((doc, slot) => {
      if (!doc || slot === self) return [];
      const score = exactScore(state, query, slot);
      return score >= threshold ? [{ id: doc.id, score }] : [];
    }),
  ).sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}

function indexOf(texts: readonly string[]): IndexState {
  const state = createIndexState();
  texts.forEach((text, i) => {
    insertDoc(state, `c-${i}`, text);
  });
  refreshStats(state);
  return state;
}

describe('suggestion search against a full scan', () => {
  it('misses nothing on a common vocabulary, at any threshold and whichever stage it stops at', () => {
    fc.assert(
      fc.property(
        fc.array(textArb(COMMON), { minLength: 2, maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (texts, pickQuery, pickScore, randomThreshold) => {
          const state = indexOf(texts);
          const self = pickQuery % texts.length;
          const query = queryFromSlot(state, self);
          if (!query) return;
          const scan = fullScan(state, query, self, 0.01);
          // A threshold equal to some claim's score puts that claim right on the bound.
          const onBound = scan[pickScore % Math.max(1, scan.length)]?.score;
          for (const threshold of [randomThreshold, ...(onBound ? [onBound] : [])]) {
            const expected = scan.filter((m) => m.score >= threshold);
            const exclude = new Set([`c-${self}`]);
            for (const cost of [0, EXACT_COST, Number.POSITIVE_INFINITY]) {
              expect(searchIndex(state, query, threshold, 1000, exclude, cost)).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('misses nothing when rare and common words mix, as in a debate', () => {
    // Common words five times as likely as all the rare ones together: heavy heads, long tails.
    const rare = Array.from({ length: 150 }, (_, i) => `word${i}`);
    const words = [...Array.from({ length: 75 }, () => COMMON).flat(), ...rare];
    fc.assert(
      fc.property(
        fc.array(textArb(words), { minLength: 2, maxLength: 150 }),
        fc.nat(),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (texts, pick, threshold) => {
          const state = indexOf(texts);
          const self = pick % texts.length;
          const query = queryFromSlot(state, self);
          if (!query) return;
          const expected = fullScan(state, query, self, threshold);
          const exclude = new Set([`c-${self}`]);
          for (const cost of [0, EXACT_COST, Number.POSITIVE_INFINITY]) {
            expect(searchIndex(state, query, threshold, 1000, exclude, cost)).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
