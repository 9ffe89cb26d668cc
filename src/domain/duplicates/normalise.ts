// From a claim's wording to the features two claims are compared on. Two people who make the same
// point rarely use the same words, but they use the same stems: case, accents, curly quotes,
// inflection and filler words are noise. Negations and quantifiers are not noise: "the council
// should not raise the fare" is the opposite claim, so "not" stays as a token of its own and
// "all"/"some"/"more"/"only" are taken off the stop list.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/** The one token every negation becomes, so "never", "no", "n't" and "cannot" agree. */
export const NEGATION = 'not';

const NEGATION_WORDS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nowhere',
]);

/** Contractions people type without the apostrophe; "wont" is taken to be "won't". */
const BARE_NEGATIVE_CONTRACTIONS: Readonly<Record<string, string>> = {
  aint: 'is',
  arent: 'are',
  cant: 'can',
  couldnt: 'could',
  didnt: 'did',
  doesnt: 'does',
  dont: 'do',
  hadnt: 'had',
  hasnt: 'has',
  havent: 'have',
  isnt: 'is',
  mustnt: 'must',
  neednt: 'need',
  shant: 'shall',
  shouldnt: 'should',
  wasnt: 'was',
  werent: 'were',
  wont: 'will',
  wouldnt: 'would',
};

/** "n't" forms whose stem is not the word before "n't". */
const IRREGULAR_NT: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };

/**
 * On the library's English stop list but meaning-bearing in a claim: "all" vs "some", "more" vs
 * "most", "only", "before"/"after" change what is claimed.
 */
const KEPT_STOP_WORDS = new Set([
  'all',
  'some',
  'many',
  'more',
  'most',
  'much',
  'only',
  'before',
  'after',
  'over',
  'under',
  'same',
  'never',
]);

/** Filler the library's short list misses (auxiliaries, pronouns, discourse words). */
const EXTRA_STOP_WORDS = [
  'will',
  'shall',
  'may',
  'ought',
  'does',
  'doing',
  'its',
  'itself',
  'just',
  'so',
  'us',
  'ourselves',
  'themselves',
  'whether',
  'upon',
  'whose',
  'whom',
  'rather',
  'even',
  'yet',
  'there',
  'also',
  'thus',
  'therefore',
  'indeed',
  'really',
  'actually',
  'simply',
];

const STOP_WORDS: ReadonlySet<string> = new Set(
  [...eng, ...EXTRA_STOP_WORDS].filter((word) => !KEPT_STOP_WORDS.has(word)),
);

/**
 * Lower case, accents removed (NFKD without combining marks), typographic apostrophes, quotes
 * and dashes folded to their ASCII forms.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** The words of folded text, with "n't" split off as "not" and possessive "'s" dropped. */
function words(folded: string): string[] {
  const out: string[] = [];
  for (const raw of folded.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []) {
    const nt = raw.match(/^(.+)n't$/);
    if (nt?.[1]) {
      out.push(IRREGULAR_NT[nt[1]] ?? nt[1], NEGATION);
      continue;
    }
    const word = raw.replace(/'s$/, '').replace(/'/g, '');
    if (word === 'cannot') out.push('can', NEGATION);
    else if (BARE_NEGATIVE_CONTRACTIONS[word]) out.push(BARE_NEGATIVE_CONTRACTIONS[word], NEGATION);
    else if (word !== '') out.push(word);
  }
  return out;
}

/**
 * The meaning-bearing tokens of a claim in order: folded, split into words, stop words out,
 * every negation as "not", the rest Porter-stemmed.
 */
export function claimTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of words(foldText(text))) {
    if (NEGATION_WORDS.has(word)) tokens.push(NEGATION);
    else if (!STOP_WORDS.has(word)) tokens.push(stemmer(word));
  }
  return tokens;
}

/**
 * Word shingles of the tokens: every token, and every pair of neighbours joined by a space (stems
 * never contain one, so a pair cannot be mistaken for a single token). Repeats are kept: the
 * count is the feature's term frequency.
 */
export function shingles(tokens: readonly string[]): string[] {
  const out = [...tokens];
  for (let i = 1; i < tokens.length; i++) out.push(`${tokens[i - 1]} ${tokens[i]}`);
  return out;
}

/** Shingles of a claim's text: what the duplicate index compares. */
export function claimShingles(text: string): string[] {
  return shingles(claimTokens(text));
}
