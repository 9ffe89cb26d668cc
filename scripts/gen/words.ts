// A seeded source of randomness and of plausible English-looking text, so a generated debate is
// the same for the same seed on every machine.

/** mulberry32: tiny, fast and good enough for test data; not for anything secret. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  const next = createRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

const NOUNS = (
  'city council budget bus fare tax school teacher parent market price wage worker union ' +
  'landlord tenant rent housing road traffic bike car train station park library hospital ' +
  'nurse doctor patient policy law court judge vote voter election party minister reform ' +
  'charity volunteer neighbourhood community service office village farm river energy ' +
  'plan study survey report evidence cost benefit risk growth debt loan bank company'
).split(' ');
const VERBS = (
  'raises lowers funds cuts helps harms ignores replaces supports undermines requires ' +
  'protects delays speeds shapes limits expands weakens strengthens explains hides'
).split(' ');
const ADJECTIVES = (
  'local public private small large rural urban modest costly free fair unfair slow quick ' +
  'new old weak strong open closed careful hasty popular rare common'
).split(' ');
const LINKS = 'because although while since unless so and but whereas'.split(' ');

function word(rng: Rng, i: number): string {
  const slot = i % 4;
  if (slot === 0) return rng.pick(ADJECTIVES);
  if (slot === 1) return rng.pick(NOUNS);
  if (slot === 2) return rng.pick(VERBS);
  return rng.chance(0.2) ? rng.pick(LINKS) : rng.pick(NOUNS);
}

/** One sentence of `min`–`max` words, capitalised and ending in a full stop. */
export function sentence(rng: Rng, min = 8, max = 25): string {
  const count = rng.int(min, max);
  const words: string[] = ['The'];
  for (let i = 0; i < count - 1; i++) words.push(word(rng, i));
  return `${words.join(' ')}.`;
}

/** A paragraph of 1–4 sentences. */
export function paragraph(rng: Rng): string {
  const n = rng.int(1, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(sentence(rng));
  return parts.join(' ');
}
