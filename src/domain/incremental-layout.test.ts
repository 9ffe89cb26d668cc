import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap, type ClaimMap } from './build-map';
import { layoutMapAuto } from './compact-layout';
import { buildGraph } from './graph';
import { type LayoutMemo, layoutIncrementally } from './incremental-layout';
import type { LayoutOptions } from './layout';
import { packLayout } from './layout-transfer';
import { filterMap } from './map-filter';
import type { Claim, Id, Relation } from './model';

const sizes = { nodeWidth: 240, nodeHeight: 148, gapX: 28, gapY: 64 };

interface Data {
  claims: Claim[];
  relations: Relation[];
}

/** Shallow and wide like the generator's debates: a thesis, `top` answers, 1–6 under each. */
function debate(n: number, top = 12, seed = 1): Data {
  let s = seed;
  const next = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % k;
  };
  const claims: Claim[] = [{ id: 'c0', text: 'Thesis' }];
  const relations: Relation[] = [];
  for (let i = 1; i < n; i++) {
    const parent = i <= top ? 0 : Math.max(1, i - 1 - next(Math.min(i - 1, 60)));
    claims.push({ id: `c${i}`, text: `Claim ${i}` });
    const kind = next(3) === 0 ? 'attacks' : 'supports';
    relations.push({ id: `r${i}`, from: `c${i}`, to: `c${parent}`, kind });
  }
  return { claims, relations };
}

const mapOf = (data: Data): ClaimMap => buildMap(buildGraph(data.claims, data.relations));

function fromScratch(map: ClaimMap, collapsed: ReadonlySet<Id>) {
  return packLayout(layoutMapAuto(map, { ...sizes, collapsed }));
}

describe('incremental layout', () => {
  it('from scratch, is the compact layout as packed arrays (folds and filter included)', () => {
    const map = mapOf(debate(3000));
    const collapsed = new Set(['c3', 'c40', 'c200']);
    const options: LayoutOptions = { ...sizes, collapsed };
    expect(layoutIncrementally(map, options, null).packed).toEqual(fromScratch(map, collapsed));
    const attacks = filterMap(map, 'attacks');
    expect(layoutIncrementally(attacks, options, null).packed).toEqual(
      fromScratch(attacks, collapsed),
    );
  });

  it('is the tidy tree for a small map', () => {
    const map = mapOf(debate(40));
    expect(layoutIncrementally(map, sizes, null).packed).toEqual(fromScratch(map, new Set()));
  });

  it('after one claim is added, lays out again only the branch it joined', () => {
    const data = debate(5000);
    const before = layoutIncrementally(mapOf(data), sizes, null);
    expect(before.branchesRedone).toBe(12);
    data.claims.push({ id: 'new', text: 'A new claim' });
    data.relations.push({ id: 'r-new', from: 'new', to: 'c700', kind: 'attacks' });
    const map = mapOf(data);
    const after = layoutIncrementally(map, sizes, before.memo);
    expect(after.branchesRedone).toBe(1);
    expect(after.packed).toEqual(fromScratch(map, new Set()));
  });

  it('after any sequence of edits, gives what a layout from scratch gives', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), parent: fc.nat(), attack: fc.boolean() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('second-parent' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ kind: fc.constant('fold' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 700 }),
        fc.integer({ min: 2, max: 20 }),
        fc.nat(1000),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (n, top, seed, edits) => {
          const data = debate(n, top, seed);
          const collapsed = new Set<Id>();
          let memo: LayoutMemo | null = layoutIncrementally(mapOf(data), sizes, null).memo;
          edits.forEach((e, step) => {
            applyEdit(data, collapsed, e, step);
            const map = mapOf(data);
            const next = layoutIncrementally(map, { ...sizes, collapsed }, memo);
            expect(next.packed).toEqual(fromScratch(map, collapsed));
            memo = next.memo;
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

type Edit =
  | { kind: 'add'; parent: number; attack: boolean }
  | { kind: 'remove'; at: number }
  | { kind: 'second-parent'; at: number; to: number }
  | { kind: 'fold'; at: number };

/** One live edit: a claim added or removed, a second parent, or a branch folded or unfolded. */
function applyEdit(data: Data, collapsed: Set<Id>, edit: Edit, step: number) {
  const pick = (i: number) => data.claims[i % data.claims.length] as Claim;
  if (edit.kind === 'add') {
    const id = `n${step}-${data.claims.length}`;
    data.claims.push({ id, text: id });
    const to = pick(edit.parent).id;
    const kind = edit.attack ? 'attacks' : 'supports';
    data.relations.push({ id: `r-${id}`, from: id, to, kind });
  } else if (edit.kind === 'remove') {
    const gone = pick(edit.at).id;
    if (gone === 'c0') return;
    data.claims = data.claims.filter((c) => c.id !== gone);
    data.relations = data.relations.filter((r) => r.from !== gone && r.to !== gone);
  } else if (edit.kind === 'second-parent') {
    const from = pick(edit.at).id;
    const to = pick(edit.to).id;
    if (from === to) return;
    data.relations.push({ id: `r2-${step}-${from}`, from, to, kind: 'attacks' });
  } else {
    const id = pick(edit.at).id;
    if (collapsed.has(id)) collapsed.delete(id);
    else collapsed.add(id);
  }
}
