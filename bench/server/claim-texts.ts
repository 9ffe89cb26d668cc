// Claim wordings for a generated 100k-claim debate. Two corpora:
//
// - "debate": English-like text whose words follow Zipf's law over a large vocabulary (the
//   generator's policy words are the most frequent, then ~30,000 made-up words), each claim
//   borrowing a few words from an earlier claim it answers, and about 2% restating an earlier
//   claim with a small change (a dropped, swapped or replaced word) as people do. Real claims
//   look like this: a few common words and a long tail, so rare shingles single out a claim.
// - "generator": scripts/gen's sentences, 190 words in a fixed slot pattern. No real debate is
//   this repetitive (every word is in thousands of claims); it is the index's worst case.
import { createRng, type Rng, sentence } from '../../scripts/gen/words';

const FILLER = 'the of to and a in that is for should not be by with more than'.split(' ');
const SYLLABLES =
  'ba be bi bo bu ca ce co cu da de di do fa fe fi fo ga ge go la le li lo lu ma me mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za'.split(
    ' ',
  );

/** A vocabulary in frequency order: the generator's words first, then invented ones. */
function vocabulary(rng: Rng, size: number): string[] {
  const words = new Set<string>();
  // The generator's sentences, read for their words: the debate's commonest content words.
  for (let i = 0; i < 200; i++) {
    for (const w of sentence(rng).toLowerCase().replace('.', '').split(' ')) {
      if (w !== 'the') words.add(w);
    }
  }
  while (words.size < size) {
    const n = rng.int(2, 4);
    let w = '';
    for (let k = 0; k < n; k++) w += rng.pick(SYLLABLES);
    words.add(`${w}${rng.pick(['', 's', 'ing', 'ed', 'tion', 'ity'])}`);
  }
  return [...words];
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s, by binary search on the CDF. */
function zipfSampler(n: number, s: number): (rng: Rng) => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** s;
    cdf[i] = total;
  }
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A small rewording: drop a word, swap two neighbours, or replace one. */
function reword(rng: Rng, text: string, word: () => string): string {
  const words = text.replace(/\.$/, '').split(' ');
  const i = rng.int(1, Math.max(1, words.length - 2));
  const change = rng.int(0, 2);
  if (change === 0 && words.length > 4) words.splice(i, 1);
  else if (change === 1 && i + 1 < words.length) {
    const w = words[i] ?? '';
    words[i] = words[i + 1] ?? '';
    words[i + 1] = w;
  } else words[i] = word();
  return `${words.join(' ')}.`;
}

export interface DebateTexts {
  /** Claim wordings in creation order. */
  claims: string[];
  /** Make more wordings like these (new claims being typed), from its own seed. */
  more(count: number, seed: number): string[];
}

export function debateTexts(count: number, seed = 1): DebateTexts {
  const rng = createRng(seed);
  const vocab = vocabulary(rng, 30_000);
  // One sampler for the whole corpus: its table is the costly part.
  const draw = zipfSampler(vocab.length, 1.05);
  const claims: string[] = [];
  const claimLike = (r: Rng): string => {
    const word = () => vocab[draw(r)] ?? 'word';
    const parent = claims.length > 0 ? claims[r.int(0, claims.length - 1)] : undefined;
    if (parent && r.chance(0.02)) return reword(r, parent, word);
    return sentenceFrom(r, word, parent);
  };
  for (let i = 0; i < count; i++) claims.push(claimLike(rng));
  return {
    claims,
    more(n, moreSeed) {
      const r = createRng(moreSeed);
      return Array.from({ length: n }, () => claimLike(r));
    },
  };
}

/** 8–25 words: about a third filler, some borrowed from the claim it answers, the rest Zipf. */
function sentenceFrom(r: Rng, word: () => string, parent: string | undefined): string {
  const borrowed = parent ? parent.replace(/\.$/, '').split(' ') : [];
  const words: string[] = [];
  const n = r.int(8, 25);
  for (let i = 0; i < n; i++) {
    if (r.chance(0.35)) words.push(r.pick(FILLER));
    else if (borrowed.length > 0 && r.chance(0.15)) words.push(r.pick(borrowed));
    else words.push(word());
  }
  const first = words[0] ?? '';
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${words.slice(1).join(' ')}.`;
}

/** The generator's own sentences: `npm run gen`'s claim wordings. */
export function generatorTexts(count: number, seed = 1): DebateTexts {
  const rng = createRng(seed);
  const claims = Array.from({ length: count }, () => sentence(rng));
  return {
    claims,
    more(n, moreSeed) {
      const r = createRng(moreSeed);
      return Array.from({ length: n }, () =>
        r.chance(0.2) ? (claims[r.int(0, claims.length - 1)] ?? '') : sentence(r),
      );
    },
  };
}
