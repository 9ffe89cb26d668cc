// "Show supports / attacks / both": the map without the branches hung from relations of a kind
// the reader turned off. A pure copy of the spanning tree, so layout and navigation work on it
// unchanged and the original map (shared with the outline) is never touched.
import type { ClaimMap, MapNode } from './build-map';
import type { Id, RelationKind } from './model';

export type RelationFilter = 'both' | RelationKind;

/**
 * Keeps a child only when its relation to its tree parent is of the shown kind, and with it its
 * whole branch; cross-links and "also under" badges of a hidden kind go too. 'both' returns the
 * same map object, so memoised layouts stay valid.
 */
export function filterMap(map: ClaimMap, filter: RelationFilter): ClaimMap {
  if (filter === 'both') return map;
  const nodeById = new Map<Id, MapNode>();
  const copy = (node: MapNode): MapNode => ({
    ...node,
    children: [],
    otherParents: node.otherParents.filter((r) => r.kind === filter),
  });
  const root = copy(map.root);
  if (map.nodeById.has(root.id)) nodeById.set(root.id, root);
  // Iterative, so a 10,000-deep chain cannot overflow the stack.
  const stack: [MapNode, MapNode][] = [[map.root, root]];
  while (stack.length > 0) {
    const [original, copied] = stack.pop() as [MapNode, MapNode];
    for (const child of original.children) {
      if (child.relation && child.relation.kind !== filter) continue;
      const next = copy(child);
      copied.children.push(next);
      nodeById.set(next.id, next);
      stack.push([child, next]);
    }
  }
  const crossLinks = map.crossLinks.filter(
    (r) => r.kind === filter && nodeById.has(r.from) && nodeById.has(r.to),
  );
  return { root, nodeById, crossLinks };
}
