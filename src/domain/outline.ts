// The outline: the map's spanning tree as a flat list of the rows a reader can reach, in reading
// order. It is the APG tree view's model: every row carries aria-level, aria-setsize and
// aria-posinset, so the view can draw only the rows on screen (10,000 claims) and screen readers
// still know the structure. One pass, O(visible rows); collapsed subtrees are never walked.
import type { ClaimMap, MapNode } from './build-map';
import type { ClaimStatus } from './grounded';
import { explainStatus } from './grounded';
import type { Claim, Id, Relation } from './model';

export interface OutlineRow {
  id: Id;
  claim: Claim;
  /** How the claim relates to its tree parent; null for a top-level claim. */
  relation: Relation | null;
  /** The claim's other parents, named as "also under …". */
  otherParents: readonly Relation[];
  /** aria-level: 1 for the top claims (the synthetic root above several roots is not a row). */
  level: number;
  /** aria-setsize and aria-posinset (1-based) among the row's siblings. */
  setSize: number;
  posInSet: number;
  /** Index of the tree parent's row in `rows`; -1 at level 1. */
  parentIndex: number;
  childCount: number;
  /** Meaningful only when childCount > 0: false when its subtree is folded away. */
  expanded: boolean;
}

export interface Outline {
  /** The rows a reader can reach: every claim whose tree ancestors are all expanded. */
  rows: readonly OutlineRow[];
  indexById: ReadonlyMap<Id, number>;
}

/** The map's top-level nodes: the synthetic root's children, or the one root claim. */
function topNodes(map: ClaimMap): readonly MapNode[] {
  return map.root.claim === null ? map.root.children : [map.root];
}

/**
 * Flattens the tree depth first, children in map order, skipping the subtrees of collapsed
 * claims. An explicit stack, not recursion, so a 10,000-deep chain cannot overflow.
 */
export function flattenOutline(map: ClaimMap, collapsed: ReadonlySet<Id>): Outline {
  const rows: OutlineRow[] = [];
  const indexById = new Map<Id, number>();
  type Frame = { node: MapNode; level: number; posInSet: number; setSize: number; parent: number };
  const stack: Frame[] = [];
  // Pushed last child first, so the first child is popped first. A loop, not push(...spread):
  // a wide tree can have more children than a call may take arguments.
  const pushChildren = (siblings: readonly MapNode[], level: number, parent: number) => {
    for (let i = siblings.length - 1; i >= 0; i--) {
      const node = siblings[i] as MapNode;
      stack.push({ node, level, posInSet: i + 1, setSize: siblings.length, parent });
    }
  };
  pushChildren(topNodes(map), 1, -1);
  while (stack.length > 0) {
    const { node, level, posInSet, setSize, parent } = stack.pop() as Frame;
    if (node.claim === null) continue;
    const index = rows.length;
    const expanded = !collapsed.has(node.id);
    rows.push({
      id: node.id,
      claim: node.claim,
      relation: node.relation,
      otherParents: node.otherParents,
      level,
      setSize,
      posInSet,
      parentIndex: parent,
      childCount: node.children.length,
      expanded,
    });
    indexById.set(node.id, index);
    if (expanded) pushChildren(node.children, level + 1, index);
  }
  return { rows, indexById };
}

/** A claim's tree ancestors, nearest first; the synthetic root is not one. O(depth). */
export function treeAncestors(map: ClaimMap, id: Id): Id[] {
  const ancestors: Id[] = [];
  const seen = new Set<Id>([id]);
  let parentId = map.nodeById.get(id)?.relation?.to;
  // `seen` only guards against a malformed map: a spanning tree has no cycles.
  while (parentId !== undefined && !seen.has(parentId)) {
    ancestors.push(parentId);
    seen.add(parentId);
    parentId = map.nodeById.get(parentId)?.relation?.to;
  }
  return ancestors;
}

/**
 * The row that stands for `id`: its own, or when it is folded away its nearest visible
 * ancestor's (where focus goes when a branch closes around it). Undefined for unknown ids.
 */
export function visibleRowIndex(outline: Outline, map: ClaimMap, id: Id): number | undefined {
  const own = outline.indexById.get(id);
  if (own !== undefined) return own;
  for (const ancestor of treeAncestors(map, id)) {
    const index = outline.indexById.get(ancestor);
    if (index !== undefined) return index;
  }
  return undefined;
}

/**
 * Type-ahead (APG tree view): the next row after `from` whose text starts with `query`,
 * wrapping round, case-insensitive; undefined when none does.
 */
export function typeAheadIndex(outline: Outline, from: number, query: string): number | undefined {
  const wanted = query.toLocaleLowerCase();
  const count = outline.rows.length;
  for (let step = 1; step <= count; step++) {
    const index = (from + step) % count;
    const row = outline.rows[index];
    if (row?.claim.text.toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return undefined;
}

/** For `*`: the ids of the row's siblings (itself included) that have children to expand. */
export function expandableSiblings(outline: Outline, index: number): Id[] {
  const row = outline.rows[index];
  if (!row) return [];
  return outline.rows
    .filter((r) => r.parentIndex === row.parentIndex && r.level === row.level && r.childCount > 0)
    .map((r) => r.id);
}

const NAME_PREVIEW_CHARS = 60;

/** A long claim cut at a word boundary, for naming a parent inside another claim's name. */
export function previewText(text: string, max = NAME_PREVIEW_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "2 supports, 1 attack", or "No supports or attacks". */
export function countsText(status: Pick<ClaimStatus, 'supportCount' | 'attackCount'>): string {
  const { supportCount, attackCount } = status;
  if (supportCount === 0 && attackCount === 0) return 'No supports or attacks';
  return `${plural(supportCount, 'support')}, ${plural(attackCount, 'attack')}`;
}

/** "Supports: Parent text…", "Attacks: …" or "Main claim". */
export function relationText(relation: Relation | null, textOf: (id: Id) => string): string {
  if (!relation) return 'Main claim';
  const verb = relation.kind === 'supports' ? 'Supports' : 'Attacks';
  return `${verb}: ${previewText(textOf(relation.to))}`;
}

/** "Also under: “A” (supports); “B” (attacks)", or '' for a claim with one parent. */
export function alsoUnderText(otherParents: readonly Relation[], textOf: (id: Id) => string) {
  if (otherParents.length === 0) return '';
  const parts = otherParents.map((r) => `“${previewText(textOf(r.to))}” (${r.kind})`);
  return `Also under: ${parts.join('; ')}`;
}

/**
 * The row's accessible name: its words first (what type-ahead and a quick listen need), then
 * its relation to its parent, its status in plain words, its counts and its other parents.
 * Screen readers add level and position themselves, from aria-level and aria-posinset.
 */
export function outlineRowName(
  row: OutlineRow,
  status: ClaimStatus | undefined,
  textOf: (id: Id) => string,
): string {
  const parts = [row.claim.text, relationText(row.relation, textOf)];
  if (status) parts.push(explainStatus(status, textOf), countsText(status));
  const alsoUnder = alsoUnderText(row.otherParents, textOf);
  if (alsoUnder) parts.push(alsoUnder);
  // Parts that already end a sentence ("…", ".") are not given a second full stop.
  return parts.reduce((name, part) => `${name}${/[.…?!]$/.test(name) ? ' ' : '. '}${part}`);
}
