// Moving through the drawn map by keyboard, and the claims "focus" keeps: pure functions over
// the spanning tree (build-map.ts), told which claims are shown (collapse and the relation
// filter hide some), so a move never lands on a claim that is not drawn.
import type { ClaimMap, MapNode } from './build-map';
import type { Id } from './model';

/** Up: the parent. Down: the first child. Left/Right: the previous/next sibling. */
export type MapMove = 'parent' | 'firstChild' | 'previousSibling' | 'nextSibling';

/** The claim a move lands on, or null when there is none to go to (stay where you are). */
export function moveInMap(
  map: ClaimMap,
  isShown: (id: Id) => boolean,
  from: Id,
  move: MapMove,
): Id | null {
  const node = map.nodeById.get(from);
  if (!node) return null;
  const parent = treeParent(map, node);
  switch (move) {
    case 'parent':
      return parent?.claim && isShown(parent.id) ? parent.id : null;
    case 'firstChild':
      return node.children.find((child) => isShown(child.id))?.id ?? null;
    case 'previousSibling':
    case 'nextSibling': {
      const siblings = (parent?.children ?? [node]).filter((s) => isShown(s.id));
      const at = siblings.findIndex((s) => s.id === from);
      const next = siblings[at + (move === 'nextSibling' ? 1 : -1)];
      return next?.id ?? null;
    }
  }
}

/** The node above in the tree: the tree parent, or the map root for a root claim. */
function treeParent(map: ClaimMap, node: MapNode): MapNode | null {
  if (node === map.root) return null;
  if (node.relation) return map.nodeById.get(node.relation.to) ?? null;
  return map.root;
}

/** Tree ancestors of a claim, nearest first (not the synthetic root). */
export function ancestorsOf(map: ClaimMap, id: Id): Id[] {
  const result: Id[] = [];
  let node = map.nodeById.get(id);
  // The tree has no cycles, but a guard costs nothing and survives a malformed map.
  const guard = new Set<Id>();
  while (node?.relation && !guard.has(node.id)) {
    guard.add(node.id);
    const parent = map.nodeById.get(node.relation.to);
    if (!parent) break;
    result.push(parent.id);
    node = parent;
  }
  return result;
}

/** Every claim below `id` in the tree, breadth first, without recursion. */
export function descendantsOf(map: ClaimMap, id: Id): Id[] {
  const start = map.nodeById.get(id);
  if (!start) return [];
  const result: Id[] = [];
  const queue: MapNode[] = [...start.children];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as MapNode;
    result.push(node.id);
    for (const child of node.children) queue.push(child);
  }
  return result;
}

/**
 * What focus mode keeps: the claim, the line of claims it answers up to the top, and everything
 * said under it. Everything else is dimmed. Empty when the claim is not in the map.
 */
export function focusSet(map: ClaimMap, id: Id): ReadonlySet<Id> {
  if (!map.nodeById.has(id)) return new Set();
  return new Set([id, ...ancestorsOf(map, id), ...descendantsOf(map, id)]);
}
