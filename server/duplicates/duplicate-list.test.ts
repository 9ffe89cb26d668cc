// A debate's duplicate list kept by difference: after claims are added, reworded and removed,
// it holds the pairs a list built from scratch over the same claims holds.
import { describe, expect, it } from 'vitest';
import { createDuplicateIndex, DEFAULT_DUPLICATE_THRESHOLD } from '../../src/domain/duplicates';
import { SEED_CLAIMS } from '../../src/seed/seed-claims';
import { createDuplicateList, type DuplicateList } from './duplicate-list';

type Claims = { id: string; text: string }[];

const keys = (list: { groups(): { pairs: { a: string; b: string }[] }[] }) =>
  list
    .groups()
    .flatMap((g) => g.pairs.map((p) => `${p.a}|${p.b}`))
    .sort();

function fresh(claims: Claims) {
  const index = createDuplicateIndex(claims);
  return { groups: () => index.pairs() };
}

function finish(list: DuplicateList): void {
  let slices = 0;
  // One claim's worth of work per slice, as a busy event loop would allow.
  while (!list.work(() => true)) slices++;
  expect(slices).toBeGreaterThan(0);
}

describe('duplicate list', () => {
  it('builds in slices, indexing every claim before comparing any, and says how far it got', () => {
    const list = createDuplicateList(DEFAULT_DUPLICATE_THRESHOLD);
    const claims: Claims = [
      ...SEED_CLAIMS,
      { id: 'dup-old-model', text: 'The old service delivery model does things to people.' },
    ];
    list.sync(claims);
    expect(list.progress()).toEqual({ phase: 'indexing', done: 0, total: claims.length });
    for (let i = 0; i < claims.length; i++) list.work(() => true);
    expect(list.progress()).toEqual({ phase: 'comparing', done: 0, total: claims.length });
    list.work(() => true);
    expect(list.progress()).toEqual({ phase: 'comparing', done: 1, total: claims.length });
    finish(list);
    expect(list.progress()).toBeNull();
    expect(keys(list)).toEqual(keys(fresh(claims)));
    expect(keys(list)).toContain('dup-old-model|old-model');
  });

  it('after adds, rewordings and removals holds what a fresh build holds', () => {
    const list = createDuplicateList(DEFAULT_DUPLICATE_THRESHOLD);
    let claims: Claims = [...SEED_CLAIMS];
    list.sync(claims);
    finish(list);
    expect(keys(list)).toEqual([]);
    const utopian = SEED_CLAIMS.find((c) => c.id === 'utopian');
    claims = [
      ...claims.filter((c) => c.id !== 'brixton'),
      {
        id: 'dup-utopian',
        text: 'Expecting the Big Society to spring up by itself would be Utopian.',
      },
      { id: 'copy', text: utopian?.text ?? '' },
    ];
    list.sync(claims);
    // Three of 25 claims changed: over a tenth, so every claim is compared again.
    expect(list.pending).toBeGreaterThan(claims.length);
    finish(list);
    expect(keys(list)).toEqual(keys(fresh(claims)));
    expect(keys(list)).toEqual(['copy|dup-utopian', 'copy|utopian', 'dup-utopian|utopian']);
    // The copy reworded into something else leaves the group; its partners keep their pair.
    claims = claims.map((c) => (c.id === 'copy' ? { id: 'copy', text: 'Cats sleep all day.' } : c));
    list.sync(claims);
    expect(list.pending).toBe(1);
    finish(list);
    expect(keys(list)).toEqual(['dup-utopian|utopian']);
    list.sync(claims.filter((c) => c.id !== 'utopian'));
    expect(list.work(() => false)).toBe(true);
    expect(keys(list)).toEqual([]);
  });

  it('takes changes that arrive halfway through a build', () => {
    const list = createDuplicateList(DEFAULT_DUPLICATE_THRESHOLD);
    const copy = { id: 'copy', text: SEED_CLAIMS[3]?.text ?? '' };
    list.sync([...SEED_CLAIMS, copy]);
    // Indexing done and a few claims compared, then a claim goes and another is reworded.
    for (let i = 0; i < SEED_CLAIMS.length + 5; i++) list.work(() => true);
    expect(list.progress()?.phase).toBe('comparing');
    const claims = [
      ...SEED_CLAIMS.slice(1).map((c, i) => (i === 5 ? { ...c, text: 'Cats sleep all day.' } : c)),
      copy,
    ];
    list.sync(claims);
    expect(list.progress()?.phase).toBe('indexing');
    finish(list);
    expect(keys(list)).toEqual(keys(fresh(claims)));
    expect(keys(list)).toContain(`${SEED_CLAIMS[3]?.id}|copy`.split('|').sort().join('|'));
  });
});
