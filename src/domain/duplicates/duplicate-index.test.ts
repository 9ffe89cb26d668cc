import { describe, expect, it } from 'vitest';
import { SEED_CLAIMS } from '../../seed/seed-claims';
import { createDuplicateIndex, DEFAULT_DUPLICATE_THRESHOLD } from './duplicate-index';

const CLAIMS = [
  { id: 'fares-up', text: 'The council should raise bus fares to pay for new routes.' },
  { id: 'fares-down', text: 'The council should lower bus fares.' },
  { id: 'fares-not', text: 'The council should not raise bus fares.' },
  { id: 'library', text: 'The village library should open on Sundays.' },
  { id: 'cameras', text: 'Speed cameras save lives on rural roads.' },
  { id: 'meals', text: 'Free school meals improve children’s concentration in class.' },
];

describe('duplicate index', () => {
  it('finds a paraphrase of a claim first, and not its opposite', () => {
    const index = createDuplicateIndex(CLAIMS);
    const matches = index.similar('To fund new routes, the council ought to increase bus fares.');
    expect(matches[0]?.id).toBe('fares-up');
    expect(matches.map((m) => m.id)).not.toContain('fares-not');
    expect(matches.map((m) => m.id)).not.toContain('fares-down');
    expect(index.compare('fares-up', 'fares-not')).toBeLessThan(DEFAULT_DUPLICATE_THRESHOLD);
  });

  it('ranks by score, best first, within the limit and above the threshold', () => {
    const index = createDuplicateIndex(CLAIMS);
    const all = index.similar('council bus fares', { threshold: 0.01, limit: 10 });
    expect(all.map((m) => m.id).sort()).toEqual(['fares-down', 'fares-not', 'fares-up']);
    const scores = all.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(index.similar('council bus fares', { threshold: 0.01, limit: 1 })).toHaveLength(1);
    const high = index.similar('council bus fares', { threshold: 0.99 });
    expect(high.every((m) => m.score >= 0.99)).toBe(true);
  });

  it('scores an identical wording 1 and nothing for text with no words in common', () => {
    const index = createDuplicateIndex(CLAIMS);
    expect(index.similar(CLAIMS[4]?.text ?? '')[0]?.id).toBe('cameras');
    expect(index.similar(CLAIMS[4]?.text ?? '')[0]?.score).toBeCloseTo(1, 12);
    expect(index.similar('Quantum chromodynamics explains hadrons.')).toEqual([]);
    expect(index.similar('')).toEqual([]);
    expect(index.similar('the of and it')).toEqual([]);
  });

  it('leaves out excluded claims, and a claim from its own suggestions', () => {
    const index = createDuplicateIndex(CLAIMS);
    const text = 'Speed cameras save lives on rural roads.';
    expect(index.similar(text, { exclude: ['cameras'] })).toEqual([]);
    index.add('cameras-2', 'On rural roads, speed cameras save lives.');
    expect(index.similarTo('cameras').map((m) => m.id)).toEqual(['cameras-2']);
    expect(index.similarTo('cameras', { exclude: new Set(['cameras-2']) })).toEqual([]);
    expect(index.similarTo('unknown')).toEqual([]);
  });

  it('adds, replaces and removes claims', () => {
    const index = createDuplicateIndex();
    expect(index.size).toBe(0);
    index.add('a', 'Speed cameras save lives.');
    expect(index.has('a')).toBe(true);
    expect(index.similar('speed cameras save lives')[0]?.id).toBe('a');
    index.add('a', 'Free school meals improve concentration.');
    expect(index.size).toBe(1);
    expect(index.similar('speed cameras save lives')).toEqual([]);
    expect(index.similar('free school meals improve concentration')[0]?.id).toBe('a');
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.has('a')).toBe(false);
    expect(index.similar('free school meals improve concentration')).toEqual([]);
  });

  it('finds a claim added to a large index at once, and scores as a rebuild would after 1% changed', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `c-${i}`,
      text: `Claim ${i} about ${['fares', 'meals', 'cameras', 'libraries'][i % 4]} number ${i * 7}`,
    }));
    const index = createDuplicateIndex(many);
    index.similar('warm the caches');
    index.add('new', 'Speed cameras save lives on rural roads.');
    expect(index.similar('Speed cameras save lives on rural roads.')[0]?.id).toBe('new');
    // Three more changes: over 1% of 301 claims, so the next read refreshes the counts.
    for (const claim of CLAIMS.slice(0, 3)) index.add(claim.id, claim.text);
    const rebuilt = createDuplicateIndex([
      ...many,
      { id: 'new', text: 'Speed cameras save lives on rural roads.' },
      ...CLAIMS.slice(0, 3),
    ]);
    for (const [a, b] of [
      ['fares-up', 'fares-down'],
      ['new', 'c-2'],
      ['c-1', 'c-5'],
    ] as const) {
      expect(index.compare(a, b)).toBe(rebuilt.compare(a, b));
    }
  });

  it('compares two indexed claims symmetrically; 0 for an unknown one', () => {
    const index = createDuplicateIndex(CLAIMS);
    expect(index.compare('fares-up', 'fares-down')).toBeCloseTo(
      index.compare('fares-down', 'fares-up'),
      12,
    );
    expect(index.compare('fares-up', 'nope')).toBe(0);
  });

  it('groups duplicate pairs transitively, strongest group first', () => {
    const index = createDuplicateIndex([
      ...CLAIMS,
      { id: 'cameras-2', text: 'On rural roads, speed cameras save lives.' },
      { id: 'cameras-3', text: 'Speed cameras save many lives on rural roads every year.' },
      { id: 'meals-2', text: 'Children concentrate better in class when school meals are free.' },
    ]);
    const groups = index.pairs();
    expect(groups[0]?.ids).toEqual(['cameras', 'cameras-2', 'cameras-3']);
    // The same words in another order lose only the word pairs that changed.
    expect(groups[0]?.pairs[0]).toMatchObject({ a: 'cameras', b: 'cameras-2' });
    expect(groups[0]?.score).toBe(groups[0]?.pairs[0]?.score);
    expect(groups[0]?.score).toBeGreaterThan(0.9);
    expect(groups.map((g) => g.ids)).toContainEqual(['meals', 'meals-2']);
    expect(groups.flatMap((g) => g.ids)).not.toContain('fares-not');
    expect(index.pairs({ limit: 1 })).toHaveLength(1);
    for (const group of groups) {
      for (const pair of group.pairs) {
        expect(pair.a < pair.b).toBe(true);
        expect(pair.score).toBeCloseTo(index.compare(pair.a, pair.b), 12);
      }
    }
  });

  it('finds a seed claim again when a commenter restates it', () => {
    const index = createDuplicateIndex(SEED_CLAIMS);
    const draft = 'Those living on Brixton’s estates are best placed to solve gang violence.';
    expect(index.similar(draft)[0]?.id).toBe('brixton');
    const opposite = 'Reform should assume that the state will shrink or withdraw.';
    expect(index.similar(opposite).map((m) => m.id)).not.toContain('against-shrinkage');
    // The seed debate states each claim once: no duplicates to suggest.
    expect(index.pairs()).toEqual([]);
  });
});
