// Outline formats (Argdown, Kialo) write a graph as an indented tree. This walk lists each claim
// in full once, under the first parent it is reached from, and every other place it belongs as a
// reference, so each relation is written exactly once and nothing is copied. Roots are the claims
// that support or attack nothing; claims reachable only around a cycle start extra roots.
// Iterative: a chain of 10,000 replies cannot overflow the stack.
import { buildGraph } from '../graph';
import type { Claim, Relation } from '../model';

export interface OutlineRow {
  claim: Claim;
  /** 0 for a root. */
  depth: number;
  /** The relation that puts this row under its parent row; null for a root. */
  via: Relation | null;
  /** The claim was written in full earlier: write a reference to it here. */
  repeat: boolean;
}

export function outlineRows(
  claims: readonly Claim[],
  relations: readonly Relation[],
): OutlineRow[] {
  const graph = buildGraph(claims, relations);
  const rows: OutlineRow[] = [];
  const expanded = new Set<string>();
  const stack: { id: string; depth: number; via: Relation | null }[] = [];
  const walk = (rootId: string) => {
    stack.push({ id: rootId, depth: 0, via: null });
    while (stack.length > 0) {
      const { id, depth, via } = stack.pop() as (typeof stack)[number];
      const claim = graph.claims.get(id);
      if (!claim) continue;
      const repeat = expanded.has(id);
      rows.push({ claim, depth, via, repeat });
      if (repeat) continue;
      expanded.add(id);
      const children = graph.incoming.get(id) ?? [];
      for (let i = children.length - 1; i >= 0; i--) {
        const relation = children[i] as Relation;
        stack.push({ id: relation.from, depth: depth + 1, via: relation });
      }
    }
  };
  for (const id of graph.order) {
    if ((graph.outgoing.get(id) ?? []).length === 0) walk(id);
  }
  for (const id of graph.order) {
    if (!expanded.has(id)) walk(id);
  }
  return rows;
}
