import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from './highlight';

const summary = (text: string, ranges: Parameters<typeof segmentText>[1]) =>
  segmentText(text, ranges).map((s) => [s.text, s.ids]);

describe('segmentText', () => {
  it('gives one plain segment with no ranges, and nothing for empty text', () => {
    expect(segmentText('hello', [])).toEqual([{ start: 0, end: 5, text: 'hello', ids: [] }]);
    expect(segmentText('', [{ start: 0, end: 3, id: 'a' }])).toEqual([]);
  });

  it('splits around a range', () => {
    expect(summary('abcdef', [{ start: 2, end: 4, id: 'a' }])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', []],
    ]);
  });

  it('lists every id over overlapping and nested ranges', () => {
    const ranges = [
      { start: 0, end: 6, id: 'outer' },
      { start: 2, end: 4, id: 'inner' },
      { start: 3, end: 8, id: 'cross' },
    ];
    expect(summary('abcdefghij', ranges)).toEqual([
      ['ab', ['outer']],
      ['c', ['outer', 'inner']],
      ['d', ['outer', 'inner', 'cross']],
      ['ef', ['outer', 'cross']],
      ['gh', ['cross']],
      ['ij', []],
    ]);
  });

  it('does not let touching ranges share a segment', () => {
    expect(
      summary('abcd', [
        { start: 2, end: 4, id: 'b' },
        { start: 0, end: 2, id: 'a' },
      ]),
    ).toEqual([
      ['ab', ['a']],
      ['cd', ['b']],
    ]);
  });

  it('merges neighbours with the same ids and lists a repeated id once', () => {
    expect(
      summary('abcdef', [
        { start: 0, end: 3, id: 'a' },
        { start: 3, end: 6, id: 'a' },
        { start: 1, end: 2, id: 'a' },
      ]),
    ).toEqual([['abcdef', ['a']]]);
  });

  it('clamps out-of-bounds ranges and ignores empty, reversed and NaN ones', () => {
    expect(
      summary('abc', [
        { start: -5, end: 1, id: 'neg' },
        { start: 2, end: 99, id: 'past' },
        { start: 1, end: 1, id: 'empty' },
        { start: 2, end: 1, id: 'reversed' },
        { start: Number.NaN, end: 2, id: 'nan' },
        { start: 10, end: 20, id: 'beyond' },
      ]),
    ).toEqual([
      ['a', ['neg']],
      ['b', []],
      ['c', ['past']],
    ]);
  });

  it('covers the text exactly and marks each character with exactly the ranges over it', () => {
    const range = fc.record({
      start: fc.integer({ min: -5, max: 40 }),
      end: fc.integer({ min: -5, max: 40 }),
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(range, { maxLength: 8 }),
        (text, ranges) => {
          const segments = segmentText(text, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          let at = 0;
          for (const s of segments) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            at = s.end;
            for (let i = s.start; i < s.end; i++) {
              const expected = new Set(
                ranges.filter((r) => r.start <= i && i < r.end).map((r) => r.id),
              );
              expect(new Set(s.ids)).toEqual(expected);
            }
          }
          expect(at).toBe(text.length);
        },
      ),
    );
  });
});
