import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentPlainText, isPlainBody, orphanAll, quoteAt, reanchor } from './comment-text';
import type { Anchor } from './model';
import { richPlainText } from './rich-text';

// Letters and the characters Markdown and its whitespace rules care about.
const CHARS = [...'ab Z.1)9#>-+*=~_`[]<>&!\\\n\n\t\u00a0'];
const bodies = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 40 }),
  // Mostly plain: the fast path accepts many of these, so its edges get exercised.
  fc.string({ unit: fc.constantFrom(...'ab Z.19)\n\n\t\u00a0-'), maxLength: 40 }),
);

describe('isPlainBody: the fast path for bodies without Markdown', () => {
  it('accepts plain paragraphs, whose plain text is the body itself', () => {
    for (const body of [
      'Free buses fill up at rush hour.',
      'Two paragraphs.\n\nThe second one, with 1990s numbers: 42.',
      'A soft\nline break.',
      '',
    ]) {
      expect(isPlainBody(body)).toBe(true);
      expect(richPlainText(body)).toBe(body);
    }
  });

  it('refuses Markdown and whitespace the parser would change', () => {
    for (const body of [
      'Some *emphasis*.',
      '# Heading',
      '> quoted',
      '- item',
      '1. item',
      'Line  \nhard break',
      '    code',
      ' leading',
      'trailing ',
      'a\n\n\nb',
      'see [link](https://x.org)',
      'a &amp; b',
      'setext\n===',
    ]) {
      expect(isPlainBody(body)).toBe(false);
    }
  });

  it('never accepts a body whose plain text differs from it (property)', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        if (isPlainBody(body)) expect(richPlainText(body)).toBe(body);
      }),
      { numRuns: 2000 },
    );
  });

  it('commentPlainText parses only when it must', () => {
    expect(commentPlainText('Buses *should* be free.')).toBe('Buses should be free.');
    expect(commentPlainText('Buses should be free.')).toBe('Buses should be free.');
  });
});

describe('quoteAt', () => {
  it('builds selectors with up to 32 characters of context either side', () => {
    const text = `${'x'.repeat(40)} the words ${'y'.repeat(40)}`;
    const at = quoteAt(text, { start: 41, end: 50 });
    expect(at?.quote).toEqual({
      exact: 'the words',
      prefix: `${'x'.repeat(31)} `,
      suffix: ` ${'y'.repeat(31)}`,
    });
  });

  it('refuses ranges outside the text, empty or blank', () => {
    expect(quoteAt('abc', { start: 1, end: 4 })).toBeNull();
    expect(quoteAt('abc', { start: 2, end: 2 })).toBeNull();
    expect(quoteAt('a  c', { start: 1, end: 3 })).toBeNull();
  });
});

describe('reanchor and orphanAll', () => {
  const text = 'Buses are full. Fares are small.';
  const anchor = (id: string, exact: string): Anchor => {
    const start = text.indexOf(exact);
    const at = quoteAt(text, { start, end: start + exact.length });
    if (!at) throw new Error(exact);
    return { id, claimId: `k-${id}`, source: { kind: 'comment', commentId: 'c' }, ...at };
  };
  const full = anchor('a', 'Buses are full.');
  const small = anchor('b', 'Fares are small.');

  it('moves anchors with their words, orphans the ones whose words are gone', () => {
    const edited = 'Honestly, fares are tiny. Buses are full.';
    const changed = reanchor(edited, [full, small]);
    expect(changed).toEqual([
      {
        ...full,
        quote: { exact: 'Buses are full.', prefix: 'Honestly, fares are tiny. ', suffix: '' },
        position: { start: 26, end: 41 },
      },
      { ...small, orphaned: true },
    ]);
  });

  it('returns nothing for an unchanged text, and re-attaches a returning orphan', () => {
    expect(reanchor(text, [full, small])).toEqual([]);
    expect(reanchor(text, [{ ...small, orphaned: true }])).toEqual([small]);
  });

  it('orphanAll marks only anchors not already orphaned', () => {
    expect(orphanAll([full, { ...small, orphaned: true }])).toEqual([{ ...full, orphaned: true }]);
  });
});
