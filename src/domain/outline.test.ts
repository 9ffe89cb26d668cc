import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMap } from './build-map';
import { buildGraph } from './graph';
import { groundedLabelling } from './grounded';
import type { Claim, Relation } from './model';
import {
  alsoUnderText,
  countsText,
  expandableSiblings,
  flattenOutline,
  outlineRowName,
  previewText,
  treeAncestors,
  typeAheadIndex,
  visibleRowIndex,
} from './outline';
import { claim, claims, rel } from './test-fixtures';

function setup(list: Claim[], relations: Relation[]) {
  const graph = buildGraph(list, relations);
  return { graph, map: buildMap(graph) };
}

// thesis ← a (supports) ← a1, a2 ; thesis ← b (attacks) ← b1
const TREE = setup(claims('thesis', 'a', 'b', 'a1', 'a2', 'b1'), [
  rel('r1', 'a', 'thesis'),
  rel('r2', 'b', 'thesis', 'attacks'),
  rel('r3', 'a1', 'a'),
  rel('r4', 'a2', 'a', 'attacks'),
  rel('r5', 'b1', 'b'),
]);

const summary = (rows: ReturnType<typeof flattenOutline>['rows']) =>
  rows.map((r) => `${r.id}@${r.level}:${r.posInSet}/${r.setSize}`);

describe('flattenOutline', () => {
  it('lists the tree depth first with level, position and set size', () => {
    const outline = flattenOutline(TREE.map, new Set());
    expect(summary(outline.rows)).toEqual([
      'thesis@1:1/1',
      'a@2:1/2',
      'a1@3:1/2',
      'a2@3:2/2',
      'b@2:2/2',
      'b1@3:1/1',
    ]);
    expect(outline.rows.map((r) => r.parentIndex)).toEqual([-1, 0, 1, 1, 0, 4]);
    expect(outline.rows.map((r) => r.childCount)).toEqual([2, 2, 0, 0, 1, 0]);
    expect(outline.indexById.get('b1')).toBe(5);
    expect(outline.rows[4]?.relation?.kind).toBe('attacks');
  });

  it('leaves out the subtree of a collapsed claim but keeps the claim, marked not expanded', () => {
    const outline = flattenOutline(TREE.map, new Set(['a']));
    expect(summary(outline.rows)).toEqual(['thesis@1:1/1', 'a@2:1/2', 'b@2:2/2', 'b1@3:1/1']);
    expect(outline.rows[1]?.expanded).toBe(false);
    expect(outline.indexById.has('a1')).toBe(false);
    // Positions among siblings do not change when a sibling's subtree is hidden.
    expect(outline.rows[2]?.posInSet).toBe(2);
  });

  it('shows only the roots when every root is collapsed', () => {
    const outline = flattenOutline(TREE.map, new Set(['thesis']));
    expect(summary(outline.rows)).toEqual(['thesis@1:1/1']);
  });

  it('puts several roots at level 1 and never lists the synthetic root', () => {
    const { map } = setup(claims('p', 'q', 'p1'), [rel('r1', 'p1', 'p')]);
    const outline = flattenOutline(map, new Set());
    expect(summary(outline.rows)).toEqual(['p@1:1/2', 'p1@2:1/1', 'q@1:2/2']);
    expect(outline.rows[0]?.relation).toBeNull();
  });

  it('is empty for a debate without claims', () => {
    expect(flattenOutline(setup([], []).map, new Set()).rows).toEqual([]);
  });

  it('lists a claim with several parents once, naming the other parent', () => {
    const { map } = setup(claims('t', 'x', 'y'), [
      rel('r1', 'x', 't'),
      rel('r2', 'y', 't'),
      rel('r3', 'y', 'x', 'attacks'),
    ]);
    const rows = flattenOutline(map, new Set()).rows;
    expect(rows.filter((r) => r.id === 'y')).toHaveLength(1);
    expect(rows.find((r) => r.id === 'y')?.otherParents.map((r) => r.to)).toEqual(['x']);
  });

  it('walks a 20,000-deep chain without overflowing the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `c${i}`);
    const relations = ids.slice(1).map((id, i) => rel(`r${i}`, id, `c${i}`));
    const outline = flattenOutline(setup(claims(...ids), relations).map, new Set());
    expect(outline.rows).toHaveLength(20_000);
    expect(outline.rows.at(-1)?.level).toBe(20_000);
  });

  it('keeps every visible row consistent with its parent (property)', () => {
    const arbitraryGraph = fc
      .integer({ min: 1, max: 30 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: 60 }),
          fc.subarray(Array.from({ length: n }, (_, i) => `c${i}`)),
        ),
      );
    fc.assert(
      fc.property(arbitraryGraph, ([n, edges, collapsedIds]) => {
        const ids = Array.from({ length: n }, (_, i) => `c${i}`);
        const relations = edges
          .filter(([from, to]) => from !== to)
          .map(([from, to, attacks], i) =>
            rel(`r${i}`, `c${from}`, `c${to}`, attacks ? 'attacks' : 'supports'),
          );
        const { map } = setup(claims(...ids), relations);
        const collapsed = new Set(collapsedIds);
        const { rows } = flattenOutline(map, collapsed);
        rows.forEach((row, index) => {
          const parent = rows[row.parentIndex];
          if (row.level === 1) expect(row.parentIndex).toBe(-1);
          else expect(parent?.level).toBe(row.level - 1);
          // A parent comes before its children, and is open (else they would be hidden).
          if (parent) expect(parent.expanded && row.parentIndex < index).toBe(true);
          expect(row.posInSet).toBeGreaterThanOrEqual(1);
          expect(row.posInSet).toBeLessThanOrEqual(row.setSize);
        });
        // With nothing collapsed, every claim is a row exactly once.
        if (collapsed.size === 0) expect(new Set(rows.map((r) => r.id)).size).toBe(n);
      }),
    );
  });
});

describe('finding rows', () => {
  it('gives tree ancestors nearest first, without the synthetic root', () => {
    expect(treeAncestors(TREE.map, 'a2')).toEqual(['a', 'thesis']);
    expect(treeAncestors(TREE.map, 'thesis')).toEqual([]);
    expect(treeAncestors(TREE.map, 'nope')).toEqual([]);
  });

  it('stands a folded-away claim in for its nearest visible ancestor', () => {
    const outline = flattenOutline(TREE.map, new Set(['a']));
    expect(visibleRowIndex(outline, TREE.map, 'a2')).toBe(1);
    expect(visibleRowIndex(outline, TREE.map, 'b1')).toBe(3);
    expect(visibleRowIndex(outline, TREE.map, 'nope')).toBeUndefined();
  });

  it('finds the next row by its first letters, wrapping round, ignoring case', () => {
    const { map } = setup(
      [
        claim('t', 'Top'),
        claim('m1', 'Middle one'),
        claim('x', 'Other'),
        claim('m2', 'middle two'),
      ],
      [rel('r1', 'm1', 't'), rel('r2', 'x', 't'), rel('r3', 'm2', 't')],
    );
    const outline = flattenOutline(map, new Set());
    expect(typeAheadIndex(outline, 0, 'm')).toBe(1);
    expect(typeAheadIndex(outline, 1, 'm')).toBe(3);
    expect(typeAheadIndex(outline, 3, 'M')).toBe(1);
    expect(typeAheadIndex(outline, 0, 'middle t')).toBe(3);
    expect(typeAheadIndex(outline, 0, 'z')).toBeUndefined();
  });

  it('names the expandable siblings for *', () => {
    const outline = flattenOutline(TREE.map, new Set(['a', 'b']));
    expect(expandableSiblings(outline, 1)).toEqual(['a', 'b']);
    expect(expandableSiblings(outline, 0)).toEqual(['thesis']);
    expect(expandableSiblings(outline, 99)).toEqual([]);
  });
});

describe('naming a row', () => {
  const textOf = (id: string) => TREE.graph.claims.get(id)?.text ?? id;
  const statuses = groundedLabelling(TREE.graph);

  it('says the text, the relation to the parent, the status and the counts', () => {
    const rows = flattenOutline(TREE.map, new Set()).rows;
    const name = (i: number) => {
      const row = rows[i];
      if (!row) throw new Error(`no row ${i}`);
      return outlineRowName(row, statuses.get(row.id), textOf);
    };
    expect(name(0)).toBe('Claim thesis. Main claim. Rebutted by: “Claim b”. 1 support, 1 attack');
    expect(name(1)).toBe(
      'Claim a. Supports: Claim thesis. Rebutted by: “Claim a2”. 1 support, 1 attack',
    );
    expect(name(4)).toBe(
      'Claim b. Attacks: Claim thesis. Stands: nobody has rebutted it. 1 support, 0 attacks',
    );
    expect(name(5)).toBe(
      'Claim b1. Supports: Claim b. Stands: nobody has rebutted it. No supports or attacks',
    );
  });

  it('names other parents as "also under"', () => {
    const text = alsoUnderText([rel('r', 'y', 'x', 'attacks'), rel('s', 'y', 'z')], (id) => id);
    expect(text).toBe('Also under: “x” (attacks); “z” (supports)');
    expect(alsoUnderText([], (id) => id)).toBe('');
  });

  it('shortens a long parent at a word boundary', () => {
    const long = 'The interaction between state and citizen is what generates social value.';
    expect(previewText(long)).toBe('The interaction between state and citizen is what generates…');
    expect(previewText('short')).toBe('short');
  });

  it('counts in plain words', () => {
    expect(countsText({ supportCount: 2, attackCount: 1 })).toBe('2 supports, 1 attack');
    expect(countsText({ supportCount: 0, attackCount: 0 })).toBe('No supports or attacks');
  });
});
