// Finding claims by words, the way a reader types them: case, accents, curly quotes and
// punctuation do not matter, and every word typed must appear (in any order).
import type { Id } from './model';

/** Lower case, accents removed, punctuation turned to spaces, runs of space collapsed. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised; empty for a blank query. */
export function searchTerms(query: string): string[] {
  const normal = normaliseForSearch(query);
  return normal === '' ? [] : normal.split(' ');
}

/**
 * Ids of the claims whose text contains every term, in the order given (the map passes its
 * reading order, so "next match" moves down the map). No terms, no matches.
 */
export function searchClaims(claims: Iterable<{ id: Id; text: string }>, query: string): Id[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const matches: Id[] = [];
  for (const claim of claims) {
    // Padding with spaces lets a term match across the normalised word boundaries too.
    const haystack = ` ${normaliseForSearch(claim.text)} `;
    if (terms.every((term) => haystack.includes(term))) matches.push(claim.id);
  }
  return matches;
}

/** The next match after `current` (or the first), wrapping; backwards with `step` = -1. */
export function stepMatch(matches: readonly Id[], current: Id | null, step: 1 | -1): Id | null {
  if (matches.length === 0) return null;
  const at = current === null ? -1 : matches.indexOf(current);
  if (at === -1) return (step === 1 ? matches[0] : matches[matches.length - 1]) ?? null;
  return matches[(at + step + matches.length) % matches.length] ?? null;
}
