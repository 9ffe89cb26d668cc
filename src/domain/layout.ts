// Map layout: a pure function of (map, node size, collapsed ids), memoised per map, over
// d3-hierarchy's tidy tree (linear time, iterative, so deep chains do not overflow the stack).
import type { HierarchyPointNode } from 'd3-hierarchy';
import { hierarchy, tree } from 'd3-hierarchy';
import type { ClaimMap, MapNode } from './build-map';
import type { Id, Relation } from './model';

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  /** Horizontal space between neighbouring nodes (more between cousins: d3's separation). */
  gapX: number;
  /** Vertical space between a parent row and its children's row. */
  gapY: number;
  /** Claim ids whose subtrees are folded away. */
  collapsed?: ReadonlySet<Id>;
}

export interface LaidOutNode {
  id: Id;
  node: MapNode;
  /** Left edge. */
  x: number;
  /** Top edge: (x, y) is the node's top-left corner. */
  y: number;
  /** Descendants not laid out because this node (not an ancestor) is collapsed; 0 otherwise. */
  hiddenChildren: number;
}

export interface LaidOutEdge {
  /** The relation's id. */
  id: string;
  relation: Relation;
  /** The child claim (the one that supports or attacks). */
  from: Id;
  /** The parent claim. */
  to: Id;
  /** The child's top centre. */
  x1: number;
  y1: number;
  /**
   * The parent's bottom centre; for an elbow, where it meets the trunk under the parent: the
   * parent's bottom for the eldest listed child, the elder sibling's elbow for the others.
   */
  x2: number;
  y2: number;
  /** Whether the line ends at the parent, so an arrowhead there points at it. */
  arrow: boolean;
  /**
   * How to draw it: 'curve' (the default) from the child's top centre up to the parent's bottom
   * centre; 'elbow' (compact-layout.ts, claims listed under their parent) from the child's left
   * middle (x1, y1) across to x2 and up to the parent's bottom (y2).
   */
  route?: 'curve' | 'elbow';
}

export interface MapLayout {
  /** Visible claims, breadth first; the synthetic root is never one. */
  nodes: LaidOutNode[];
  /** Tree edges between visible claims; cross-links are the view's to draw. */
  edges: LaidOutEdge[];
  width: number;
  height: number;
  positions: ReadonlyMap<Id, LaidOutNode>;
}

/** Number of descendants of `node`, without recursion. */
function countDescendants(node: MapNode): number {
  let count = 0;
  const stack = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop() as MapNode;
    count += 1;
    for (const child of next.children) stack.push(child);
  }
  return count;
}

/** Only the synthetic root has no claim, and it is never drawn. */
function isVisibleClaim(point: HierarchyPointNode<MapNode>): boolean {
  return point.data.claim !== null;
}

/**
 * Lays the map out top-down, root at the top, translated so every corner is at x, y ≥ 0 and
 * width/height bound all nodes. Children of collapsed claims are left out and counted in
 * `hiddenChildren`. The synthetic root is laid out (it spaces its children) but not emitted.
 */
export function layoutMap(map: ClaimMap, options: LayoutOptions): MapLayout {
  const { nodeWidth, nodeHeight, gapX, gapY, collapsed } = options;
  const isCollapsed = (node: MapNode) => node.claim !== null && (collapsed?.has(node.id) ?? false);
  const root = hierarchy(map.root, (node) => (isCollapsed(node) ? [] : node.children));
  const points = tree<MapNode>()
    .nodeSize([nodeWidth + gapX, nodeHeight + gapY])(root)
    .descendants()
    .filter(isVisibleClaim);

  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  for (const p of points) {
    minX = Math.min(minX, p.x - nodeWidth / 2);
    minY = Math.min(minY, p.y);
  }
  const nodes: LaidOutNode[] = [];
  const positions = new Map<Id, LaidOutNode>();
  let width = 0;
  let height = 0;
  for (const p of points) {
    const laid: LaidOutNode = {
      id: p.data.id,
      node: p.data,
      x: p.x - nodeWidth / 2 - minX,
      y: p.y - minY,
      hiddenChildren: isCollapsed(p.data) ? countDescendants(p.data) : 0,
    };
    nodes.push(laid);
    positions.set(laid.id, laid);
    width = Math.max(width, laid.x + nodeWidth);
    height = Math.max(height, laid.y + nodeHeight);
  }
  return { nodes, edges: treeEdges(nodes, positions, options), width, height, positions };
}

function treeEdges(
  nodes: readonly LaidOutNode[],
  positions: ReadonlyMap<Id, LaidOutNode>,
  { nodeWidth, nodeHeight }: LayoutOptions,
): LaidOutEdge[] {
  const edges: LaidOutEdge[] = [];
  for (const child of nodes) {
    const relation = child.node.relation;
    // Roots have no relation; children of the synthetic root are roots, so never drawn to it.
    const parent = relation ? positions.get(relation.to) : undefined;
    if (!relation || !parent) continue;
    edges.push({
      id: relation.id,
      relation,
      from: child.id,
      to: parent.id,
      route: 'curve',
      x1: child.x + nodeWidth / 2,
      y1: child.y,
      x2: parent.x + nodeWidth / 2,
      y2: parent.y + nodeHeight,
      arrow: true,
    });
  }
  return edges;
}

function sameSet(a: ReadonlySet<Id> | undefined, b: ReadonlySet<Id> | undefined): boolean {
  if (a === b) return true;
  const left = a ?? new Set<Id>();
  const right = b ?? new Set<Id>();
  if (left.size !== right.size) return false;
  for (const id of left) if (!right.has(id)) return false;
  return true;
}

function sameOptions(a: LayoutOptions, b: LayoutOptions): boolean {
  return (
    a.nodeWidth === b.nodeWidth &&
    a.nodeHeight === b.nodeHeight &&
    a.gapX === b.gapX &&
    a.gapY === b.gapY &&
    sameSet(a.collapsed, b.collapsed)
  );
}

/**
 * A layoutMap that remembers its last answer: the same MapLayout object for the same map object
 * and equal options (collapsed compared by contents), so React can skip re-rendering. One memo
 * per map view, made by this factory: no shared module state.
 */
export function createLayoutMemo(): (map: ClaimMap, options: LayoutOptions) => MapLayout {
  let last: { map: ClaimMap; options: LayoutOptions; layout: MapLayout } | null = null;
  return (map, options) => {
    if (last && last.map === map && sameOptions(last.options, options)) return last.layout;
    // Copy the set so a caller mutating theirs later cannot make a stale hit.
    const kept = { ...options, collapsed: options.collapsed && new Set(options.collapsed) };
    const layout = layoutMap(map, options);
    last = { map, options: kept, layout };
    return layout;
  };
}
