// The map is a spanning tree of the claim graph (ARCHITECTURE.md, "Showing a graph with a tree
// layout"): d3-hierarchy lays out trees in linear time, general graph layouts take seconds at
// scale. Each claim appears once, under the first parent a breadth-first walk reaches it from;
// every other relation (a second parent, a link closing a cycle) is kept as a cross-link.
import type { ClaimGraph } from './graph';
import { validRelations } from './graph';
import type { Claim, Id, Relation } from './model';

/** Id of the invisible node above several roots; ids never contain '_', so it cannot clash. */
export const SYNTHETIC_ROOT_ID = '__root__';

export interface MapNode {
  id: Id; // claim id, or SYNTHETIC_ROOT_ID
  claim: Claim | null; // null only for the synthetic root
  /** how this claim relates to its tree parent; null for roots */
  relation: Relation | null;
  children: MapNode[];
  /** the claim's other parents (relations not used as tree edges), shown as "also under …" */
  otherParents: Relation[];
  /** 0 for the root; root claims under a synthetic root are at depth 1. */
  depth: number;
}

export interface ClaimMap {
  root: MapNode; // the single root claim, or a synthetic root above several
  /** Every claim's node by claim id; the synthetic root is not in it. */
  nodeById: ReadonlyMap<Id, MapNode>;
  /** every graph relation not used as a tree edge (multi-parent links and cycle-closing links) */
  crossLinks: readonly Relation[];
}

function newNode(id: Id, claim: Claim | null, relation: Relation | null, depth: number): MapNode {
  return { id, claim, relation, children: [], otherParents: [], depth };
}

/**
 * Builds the spanning tree. Roots are claims that support or attack nothing, in graph order;
 * claims no root reaches (they hang only off cycles) become extra roots in graph order, so every
 * claim appears exactly once. A queue, not recursion, so cycles and deep chains are safe; O(V+E).
 * Cross-links and otherParents keep relation input order.
 */
export function buildMap(graph: ClaimGraph): ClaimMap {
  const nodeById = new Map<Id, MapNode>();
  const treeEdges = new Set<Id>();
  const roots: MapNode[] = [];
  const queue: MapNode[] = [];
  let head = 0;

  const addRoot = (id: Id) => {
    const node = newNode(id, graph.claims.get(id) ?? null, null, 0);
    nodeById.set(id, node);
    roots.push(node);
    queue.push(node);
  };
  const drain = () => {
    while (head < queue.length) {
      const parent = queue[head++] as MapNode;
      for (const relation of graph.incoming.get(parent.id) ?? []) {
        if (nodeById.has(relation.from)) continue;
        const claim = graph.claims.get(relation.from) ?? null;
        const child = newNode(relation.from, claim, relation, parent.depth + 1);
        nodeById.set(child.id, child);
        parent.children.push(child);
        treeEdges.add(relation.id);
        queue.push(child);
      }
    }
  };

  for (const id of graph.order) {
    if ((graph.outgoing.get(id)?.length ?? 0) === 0) addRoot(id);
  }
  drain();
  for (const id of graph.order) {
    if (nodeById.has(id)) continue;
    addRoot(id);
    drain();
  }

  const crossLinks: Relation[] = [];
  for (const relation of validRelations(graph)) {
    if (treeEdges.has(relation.id)) continue;
    crossLinks.push(relation);
    nodeById.get(relation.from)?.otherParents.push(relation);
  }
  return { root: rootAbove(roots, nodeById), nodeById, crossLinks };
}

/** The single root claim, or a synthetic root above several (or none), pushing claims down a level. */
function rootAbove(roots: MapNode[], nodeById: ReadonlyMap<Id, MapNode>): MapNode {
  const [only] = roots;
  if (only && roots.length === 1) return only;
  for (const node of nodeById.values()) node.depth += 1;
  const root = newNode(SYNTHETIC_ROOT_ID, null, null, 0);
  root.children = roots;
  return root;
}
