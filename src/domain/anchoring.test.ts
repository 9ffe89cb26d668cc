import { describe, expect, it } from 'vitest';
import { anchorQuote, QUOTE_CONTEXT, resolveAnchor } from './anchoring';

const text = 'The cat sat on the mat. The dog sat on the cat.';

describe('anchorQuote', () => {
  it('finds the first occurrence with prefix and suffix', () => {
    const { quote, position } = anchorQuote(text, 'sat on');
    expect(position).toEqual({ start: 8, end: 14 });
    expect(quote).toEqual({
      exact: 'sat on',
      prefix: 'The cat ',
      suffix: ' the mat. The dog sat on the cat',
    });
    expect(text.slice(position.start, position.end)).toBe('sat on');
  });

  it('finds the n-th occurrence', () => {
    const { position, quote } = anchorQuote(text, 'sat on', 1);
    expect(position.start).toBe(text.lastIndexOf('sat on'));
    expect(quote.suffix).toBe(' the cat.');
  });

  it('cuts context at QUOTE_CONTEXT characters', () => {
    const long = `${'x'.repeat(100)}HERE${'y'.repeat(100)}`;
    const { quote } = anchorQuote(long, 'HERE');
    expect(quote.prefix).toBe('x'.repeat(QUOTE_CONTEXT));
    expect(quote.suffix).toBe('y'.repeat(QUOTE_CONTEXT));
  });

  it('counts overlapping occurrences', () => {
    expect(anchorQuote('aaaa', 'aa', 2).position).toEqual({ start: 2, end: 4 });
  });

  it('throws a clear error when the quote is missing or the occurrence is too high', () => {
    expect(() => anchorQuote(text, 'elephant')).toThrow(/"elephant".*does not occur/);
    expect(() => anchorQuote(text, 'sat on', 2)).toThrow(/occurrence 2.*occurs 2 time/);
    expect(() => anchorQuote(text, '')).toThrow(/empty quote/);
  });
});

describe('resolveAnchor', () => {
  it('keeps the stored position when the words are still there', () => {
    const anchor = anchorQuote(text, 'sat on', 1);
    expect(resolveAnchor(text, anchor)).toEqual(anchor.position);
  });

  it('finds the words again after an edit moved them', () => {
    const anchor = anchorQuote(text, 'the mat');
    const edited = `Preface. ${text}`;
    const start = edited.indexOf('the mat');
    expect(start).toBe(anchor.position.start + 'Preface. '.length);
    expect(resolveAnchor(edited, anchor)).toEqual({ start, end: start + 7 });
  });

  it('prefers the occurrence whose context matches over a nearer one', () => {
    const anchor = anchorQuote(text, 'sat on', 1); // "The dog sat on"
    // Insert text so the first occurrence lands on the old position, but its context differs.
    const shift = anchor.position.start - text.indexOf('sat on');
    const edited = `${'-'.repeat(shift)}${text}`;
    expect(edited.slice(anchor.position.start, anchor.position.end)).toBe('sat on');
    // Position still matches the exact words, so the position wins (fast path)...
    expect(resolveAnchor(edited, anchor)).toEqual(anchor.position);
    // ...but when it does not, context decides.
    const off = {
      ...anchor,
      position: { start: anchor.position.start + 1, end: anchor.position.end + 1 },
    };
    expect(resolveAnchor(edited, off)).toEqual({
      start: edited.lastIndexOf('sat on'),
      end: edited.lastIndexOf('sat on') + 6,
    });
  });

  it('breaks context ties by nearness to the old position', () => {
    const t = 'ab X cd ab X cd ab X cd';
    const anchor = {
      quote: { exact: 'X', prefix: 'ab ', suffix: ' cd' },
      position: { start: 13, end: 14 },
    };
    // All three occurrences match context; the stored 13 holds ' ', the nearest X is at 11.
    expect(resolveAnchor(t, anchor)).toEqual({ start: 11, end: 12 });
  });

  it('returns null when the words are gone (an orphan)', () => {
    const anchor = anchorQuote(text, 'the mat');
    expect(resolveAnchor('Nothing left here.', anchor)).toBeNull();
    expect(resolveAnchor('', anchor)).toBeNull();
  });

  it('tolerates positions past the end of the text', () => {
    const anchor = {
      quote: { exact: 'cat', prefix: '', suffix: '' },
      position: { start: 500, end: 503 },
    };
    // The last "cat" is the one nearest the stale position.
    const start = text.lastIndexOf('cat');
    expect(resolveAnchor(text, anchor)).toEqual({ start, end: start + 3 });
  });
});

describe('resolveAnchor: fuzzy re-anchoring after an edit', () => {
  const before =
    'The middle classes have the capacity to participate if they choose to. Others, he said, do not.';
  const anchor = anchorQuote(before, 'the capacity to participate if they choose to');

  it('follows words that were lightly edited and moved', () => {
    const after = `Edited first. ${before.replace('if they choose to', 'if they decide to')}`;
    const found = resolveAnchor(after, anchor);
    expect(found).not.toBeNull();
    expect(after.slice(found?.start, found?.end)).toMatch(
      /^the capacity to participate if they decide to?$/,
    );
  });

  it('uses the context to choose between two similar passages', () => {
    const text =
      'First: the capacity to participate if they want to. ' +
      'The middle classes have the capacity to participate if they wish to. Others, he said, do not.';
    const found = resolveAnchor(text, anchor);
    expect(found).not.toBeNull();
    expect(text.slice(0, found?.start)).toContain('The middle classes have ');
  });

  it('orphans words that were rewritten beyond recognition', () => {
    const rewritten =
      'The middle classes can take part whenever it suits them. Others, he said, do not.';
    expect(resolveAnchor(rewritten, anchor)).toBeNull();
  });

  it('does not fuzzily match very short quotes', () => {
    const short = anchorQuote('a cat sat', 'cat');
    expect(resolveAnchor('a cot sat', short)).toBeNull();
  });
});
