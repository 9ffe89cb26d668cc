// Words that turn a claim into its opposite. Word overlap alone scores "the council should raise
// the fare" and "the council should lower the fare" as near twins; a moderator would call them a
// disagreement, the thing the map exists to show. So a pair whose polarity differs, or where one
// says one side of a contrast and the other says the other side, has its score multiplied down.
// The table is data, written from general English (not from the labelled set), and stemmed once.
import { stemmer } from 'stemmer';
import { NEGATION } from './normalise';

/** Opposites, as plain words; either may stand for the other's negation. */
export const CONTRAST_WORDS: readonly (readonly [string, string])[] = [
  ['increase', 'decrease'],
  ['increase', 'reduce'],
  ['increase', 'cut'],
  ['raise', 'lower'],
  ['raise', 'cut'],
  ['rise', 'fall'],
  ['higher', 'lower'],
  ['high', 'low'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['most', 'least'],
  ['all', 'some'],
  ['always', 'sometimes'],
  ['every', 'some'],
  ['many', 'few'],
  ['support', 'oppose'],
  ['help', 'harm'],
  ['help', 'hurt'],
  ['strengthen', 'weaken'],
  ['stronger', 'weaker'],
  ['strong', 'weak'],
  ['expand', 'shrink'],
  ['grow', 'shrink'],
  ['gain', 'lose'],
  ['win', 'lose'],
  ['succeed', 'fail'],
  ['success', 'failure'],
  ['true', 'false'],
  ['good', 'bad'],
  ['better', 'worse'],
  ['cheap', 'expensive'],
  ['cheaper', 'dearer'],
  ['rich', 'poor'],
  ['safe', 'dangerous'],
  ['safer', 'dangerous'],
  ['legal', 'illegal'],
  ['agree', 'disagree'],
  ['accept', 'reject'],
  ['allow', 'ban'],
  ['allow', 'forbid'],
  ['allow', 'prohibit'],
  ['include', 'exclude'],
  ['public', 'private'],
  ['before', 'after'],
  ['over', 'under'],
  ['above', 'below'],
  ['urban', 'rural'],
  ['local', 'national'],
  ['early', 'late'],
  ['earlier', 'later'],
  ['faster', 'slower'],
  ['open', 'close'],
  ['add', 'remove'],
  ['start', 'stop'],
  ['hire', 'fire'],
  ['encourage', 'discourage'],
  ['likely', 'unlikely'],
  ['possible', 'impossible'],
  ['fair', 'unfair'],
  ['best', 'worst'],
  ['right', 'wrong'],
  ['large', 'small'],
  ['big', 'small'],
  ['larger', 'smaller'],
  ['major', 'minor'],
  ['safe', 'unsafe'],
  ['richer', 'poorer'],
  ['cause', 'prevent'],
  ['old', 'young'],
  ['old', 'new'],
  ['older', 'younger'],
  ['easy', 'hard'],
  ['easier', 'harder'],
  ['long', 'short'],
  ['longer', 'shorter'],
  ['first', 'last'],
  ['love', 'hate'],
];

/** Score multipliers: a flipped negation or one contrast is a different claim, not a rewording. */
export const NEGATION_PENALTY = 0.3;
export const CONTRAST_PENALTY = 0.3;

const STEMMED = CONTRAST_WORDS.map(([a, b]) => [stemmer(a), stemmer(b)] as const);

/** stem → the contrasts it takes part in, as (index × 2 + side). */
const SIDES = new Map<string, number[]>();
STEMMED.forEach(([a, b], index) => {
  for (const [stem, side] of [
    [a, 0],
    [b, 1],
  ] as const) {
    const list = SIDES.get(stem) ?? [];
    list.push(index * 2 + side);
    SIDES.set(stem, list);
  }
});

/** What a claim asserts about polarity: its negation parity and the contrast sides it states. */
export interface Polarity {
  /**
   * 1 when the claim says "not" anywhere. Presence, not parity: people stack negations for
   * emphasis ("no, we cannot, never") far more often than they write a double negative.
   */
  negated: 0 | 1;
  /** Sorted (contrast index × 2 + side) for each contrast where the claim says one side only. */
  sides: readonly number[];
}

export function polarityOf(tokens: readonly string[]): Polarity {
  let negations = 0;
  const seen = new Set<number>();
  for (const token of tokens) {
    if (token === NEGATION) negations++;
    for (const mark of SIDES.get(token) ?? []) seen.add(mark);
  }
  // A claim that says both sides ("raise some fares and lower others") takes no side.
  const sides = [...seen].filter((mark) => !seen.has(mark ^ 1)).sort((x, y) => x - y);
  return { negated: negations > 0 ? 1 : 0, sides };
}

/** The multiplier for a pair: 1 when they agree, smaller for each way they point apart. */
export function polarityPenalty(a: Polarity, b: Polarity): number {
  let factor = a.negated === b.negated ? 1 : NEGATION_PENALTY;
  if (a.sides.length === 0 || b.sides.length === 0) return factor;
  // Both lists are sorted and a claim states a handful of sides at most: a merge-like walk.
  let j = 0;
  for (const mark of a.sides) {
    const opposite = mark ^ 1;
    while (j < b.sides.length && (b.sides[j] as number) < opposite) j++;
    if (j < b.sides.length && b.sides[j] === opposite) factor *= CONTRAST_PENALTY;
  }
  return factor;
}
