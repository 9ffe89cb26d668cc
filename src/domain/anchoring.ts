// Anchoring: from a quote to offsets and back. Anchors store both a TextQuoteSelector (the words
// plus context) and a TextPositionSelector (offsets), as W3C Web Annotation and Hypothesis do:
// the position is fast and exact while the text is unchanged; the quote survives edits.
import search from 'approx-string-match';
import type { Anchor, TextPositionSelector, TextQuoteSelector } from './model';

/** How many characters of context either side a quote keeps, as Hypothesis does. */
export const QUOTE_CONTEXT = 32;

/** Offsets of every occurrence of `exact` in `text`, overlapping ones included. */
function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact.length === 0) return found;
  let at = text.indexOf(exact);
  while (at !== -1) {
    found.push(at);
    at = text.indexOf(exact, at + 1);
  }
  return found;
}

/**
 * Builds the selectors for the `occurrence`-th (0-based) occurrence of `exact` in `text`. Used
 * to write anchors from quotes (the seed debate) rather than hand-counting offsets.
 * Throws when the words are not there, since an anchor that points nowhere is a bug in the data.
 */
export function anchorQuote(
  text: string,
  exact: string,
  occurrence = 0,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (exact.length === 0) throw new Error('Cannot anchor an empty quote.');
  const found = occurrences(text, exact);
  const start = found[occurrence];
  if (start === undefined) {
    const seen = found.length === 0 ? 'it does not occur' : `it occurs ${found.length} time(s)`;
    throw new Error(
      `Cannot anchor quote ${JSON.stringify(exact)} (occurrence ${occurrence}): ${seen} in the text.`,
    );
  }
  const end = start + exact.length;
  return {
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { start, end },
  };
}

/** 0–2: how many of the stored prefix and suffix agree with the text around `start`. */
function contextScore(text: string, start: number, quote: TextQuoteSelector): number {
  const end = start + quote.exact.length;
  const prefixOk = text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix;
  const suffixOk = text.slice(end, end + quote.suffix.length) === quote.suffix;
  return (prefixOk ? 1 : 0) + (suffixOk ? 1 : 0);
}

/**
 * Where an anchor's words are in `text` now, or null when they are gone (an orphan, which the
 * views show as such rather than dropping). Tried in order, as Hypothesis does:
 * 1. the stored position, when it still holds the exact words;
 * 2. the exact words elsewhere, preferring matching context, then nearness to the old position;
 * 3. a fuzzy match (edited words), scored on the quote, its prefix and suffix and the position.
 */
export function resolveAnchor(
  text: string,
  anchor: Pick<Anchor, 'quote' | 'position'>,
): { start: number; end: number } | null {
  const { quote, position } = anchor;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (const start of occurrences(text, quote.exact)) {
    const score = contextScore(text, start, quote);
    const distance = Math.abs(start - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start, score, distance };
    }
  }
  if (best) return { start: best.start, end: best.start + quote.exact.length };
  return fuzzyMatch(text, quote, position.start);
}

/**
 * The quote must still be this similar to count as the same words (Hypothesis accepts a
 * similar share): a word or two changed in a sentence keeps the anchor, a rewrite orphans it.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;

/** Relative weights of the evidence for a fuzzy candidate. The quote itself dominates. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function similarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  const pattern = a.length <= b.length ? a : b;
  const haystack = a.length <= b.length ? b : a;
  const matches = search(haystack, pattern, pattern.length);
  const errors = Math.min(...matches.map((m) => m.errors), pattern.length);
  return 1 - errors / Math.max(a.length, b.length);
}

function fuzzyMatch(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
): { start: number; end: number } | null {
  const maxErrors = Math.floor(quote.exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (const candidate of search(text, quote.exact, maxErrors)) {
    const quoteScore = 1 - candidate.errors / quote.exact.length;
    const prefix = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
    const suffix = text.slice(candidate.end, candidate.end + quote.suffix.length);
    const positionScore = 1 - Math.abs(candidate.start - hint) / Math.max(1, text.length);
    const score =
      WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * (quote.prefix ? similarity(prefix, quote.prefix) : 1) +
      WEIGHTS.suffix * (quote.suffix ? similarity(suffix, quote.suffix) : 1) +
      WEIGHTS.position * positionScore;
    if (!best || score > best.score) best = { ...candidate, score };
  }
  return best ? { start: best.start, end: best.end } : null;
}
