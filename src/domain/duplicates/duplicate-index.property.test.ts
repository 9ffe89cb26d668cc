import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDuplicateIndex, type DuplicateIndex } from './duplicate-index';

// A small vocabulary, so random claims share words often and the index has work to do.
const WORDS = [
  'council',
  'raise',
  'raises',
  'lower',
  'bus',
  'fares',
  'not',
  'never',
  'school',
  'meals',
  'free',
  'library',
  'open',
  'all',
  'some',
  'the',
  'should',
  'cameras',
  'save',
  'lives',
  'rural',
  'roads',
];

const textArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 })
  .map((words) => words.join(' '));
const claimsArb = fc.array(textArb, { minLength: 1, maxLength: 25 });
const thresholdArb = fc.double({ min: 0.05, max: 0.95, noNaN: true });

function build(texts: readonly string[]): DuplicateIndex {
  return createDuplicateIndex(texts.map((text, i) => ({ id: `c-${i}`, text })));
}

/** Everything the index answers for these queries: what must not change. */
function answers(index: DuplicateIndex, queries: readonly string[], threshold: number) {
  return {
    similar: queries.map((q) => index.similar(q, { threshold, limit: 100 })),
    pairs: index.pairs({ threshold }),
  };
}

describe('duplicate index properties', () => {
  it('adding then removing a claim leaves every answer exactly as it was', () => {
    fc.assert(
      fc.property(
        claimsArb,
        textArb,
        fc.array(textArb, { minLength: 1, maxLength: 4 }),
        thresholdArb,
        (texts, added, queries, threshold) => {
          const index = build(texts);
          const before = answers(index, queries, threshold);
          index.add('new-claim', added);
          // Asked while the claim is there, so nothing cached then may survive its removal.
          answers(index, queries, threshold);
          index.remove('new-claim');
          expect(answers(index, queries, threshold)).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('removing then re-adding a claim leaves every answer exactly as it was', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(), textArb, thresholdArb, (texts, pick, query, threshold) => {
        const index = build(texts);
        const before = answers(index, [query], threshold);
        const i = pick % texts.length;
        index.remove(`c-${i}`);
        index.add(`c-${i}`, texts[i] ?? '');
        expect(answers(index, [query], threshold)).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('misses nothing a full scan would find, even exactly at the threshold', () => {
    fc.assert(
      fc.property(claimsArb, textArb, fc.nat(), (texts, query, pick) => {
        const index = build(texts);
        // Threshold 0 probes every shingle of the query: every claim sharing a word is scored.
        const scan = index.similar(query, { threshold: 0, limit: 1000 });
        fc.pre(scan.length > 0);
        // A threshold equal to some claim's score puts that claim right on the bound.
        const threshold = scan[pick % scan.length]?.score ?? 0;
        const expected = scan.filter((m) => m.score >= threshold);
        expect(index.similar(query, { threshold, limit: 1000 })).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('pairs() returns exactly the pairs that compare() puts at or above the threshold', () => {
    fc.assert(
      fc.property(claimsArb, thresholdArb, (texts, threshold) => {
        const index = build(texts);
        const expected: string[] = [];
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const [a, b] = [`c-${i}`, `c-${j}`].sort() as [string, string];
            if (index.compare(a, b) >= threshold) expected.push(`${a}|${b}`);
          }
        }
        const found = index
          .pairs({ threshold })
          .flatMap((g) => g.pairs.map((p) => `${p.a}|${p.b}`));
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
