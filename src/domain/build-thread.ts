// The comment tree, built in one pure pass the way Hypothesis's build-thread does: UI state
// (sort, collapsed ids) comes in as options, and bad data (missing parents, self-replies, reply
// loops, duplicate ids) is shown rather than lost or looped over. No recursion, so a chain of
// 10,000 replies cannot overflow the stack.
import type { Comment, Id } from './model';

export type ThreadSort = 'oldest' | 'newest';

export interface ThreadNode {
  comment: Comment;
  depth: number; // 0 for replies to the post
  children: ThreadNode[];
  /** true when the comment's parent is missing or part of a loop: shown at the top level */
  detached: boolean;
  /** number of descendants, counted even when collapsed */
  replyCount: number;
  collapsed: boolean;
}

export interface ThreadOptions {
  /** 'oldest' (default) or 'newest', which is the exact reverse of 'oldest' at every level. */
  sort?: ThreadSort;
  /** Comment ids whose replies are folded away: kept in `children`, skipped by flattenThread. */
  collapsed?: ReadonlySet<Id>;
}

const NO_PARENT = -1;

/** Sibling order: `order`, then createdAt (undated last), then id. Indexes into `comments`. */
function siblingComparator(comments: readonly Comment[]): (a: number, b: number) => number {
  const times = comments.map((c) => (c.createdAt === null ? Number.NaN : Date.parse(c.createdAt)));
  return (a, b) => {
    const ca = comments[a] as Comment;
    const cb = comments[b] as Comment;
    if (ca.order !== cb.order) return ca.order - cb.order;
    const ta = times[a] as number;
    const tb = times[b] as number;
    const aDated = !Number.isNaN(ta);
    const bDated = !Number.isNaN(tb);
    if (aDated !== bDated) return aDated ? -1 : 1;
    if (aDated && ta !== tb) return ta - tb;
    if (ca.id !== cb.id) return ca.id < cb.id ? -1 : 1;
    return a - b;
  };
}

/**
 * Each comment's parent as an index, NO_PARENT for the top level. A duplicated id resolves to its
 * first comment; the duplicates still appear, each under its own parent.
 */
function parentIndexes(comments: readonly Comment[], detached: boolean[]): number[] {
  const indexById = new Map<Id, number>();
  comments.forEach((c, i) => {
    if (!indexById.has(c.id)) indexById.set(c.id, i);
  });
  return comments.map((c, i) => {
    if (c.parentId === null) return NO_PARENT;
    const parent = indexById.get(c.parentId);
    if (parent === undefined) {
      detached[i] = true;
      return NO_PARENT;
    }
    return parent;
  });
}

/**
 * Breaks every reply loop (a self-reply is a loop of one) by lifting one member, the first in
 * 'oldest' order whatever the chosen sort so the shape does not change with sort, to the top
 * level as detached; the rest of the loop hangs below it. Each comment has one parent, so
 * following parents from any comment either ends or enters exactly one loop: O(n).
 */
function breakLoops(
  parents: number[],
  detached: boolean[],
  compare: (a: number, b: number) => number,
) {
  const UNSEEN = 0;
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Uint8Array(parents.length);
  for (let i = 0; i < parents.length; i++) {
    const path: number[] = [];
    let at = i;
    while (at !== NO_PARENT && state[at] === UNSEEN) {
      state[at] = ON_PATH;
      path.push(at);
      at = parents[at] as number;
    }
    if (at !== NO_PARENT && state[at] === ON_PATH) {
      const loop = path.slice(path.indexOf(at));
      const entry = loop.reduce((best, x) => (compare(x, best) < 0 ? x : best));
      parents[entry] = NO_PARENT;
      detached[entry] = true;
    }
    for (const x of path) state[x] = DONE;
  }
}

/** Builds the reply tree: top-level nodes (replies to the post, then detached ones in sort order). */
export function buildThread(
  comments: readonly Comment[],
  options: ThreadOptions = {},
): ThreadNode[] {
  const { sort = 'oldest', collapsed } = options;
  const compare = siblingComparator(comments);
  const detached: boolean[] = comments.map(() => false);
  const parents = parentIndexes(comments, detached);
  breakLoops(parents, detached, compare);

  const childIndexes: number[][] = comments.map(() => []);
  const top: number[] = [];
  parents.forEach((p, i) => {
    if (p === NO_PARENT) top.push(i);
    else childIndexes[p]?.push(i);
  });
  const sibling = sort === 'newest' ? (a: number, b: number) => compare(b, a) : compare;

  const nodes: ThreadNode[] = comments.map((comment) => ({
    comment,
    depth: 0,
    children: [],
    detached: false,
    replyCount: 0,
    collapsed: collapsed?.has(comment.id) ?? false,
  }));
  const roots = top.sort(sibling).map((i) => nodes[i] as ThreadNode);
  // Pre-order walk with an explicit stack sets depth; walking it backwards sums reply counts.
  const preorder: number[] = [];
  const stack = [...top].reverse();
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const node = nodes[i] as ThreadNode;
    node.detached = detached[i] ?? false;
    preorder.push(i);
    const kids = (childIndexes[i] ?? []).sort(sibling);
    for (const k of kids) {
      const child = nodes[k] as ThreadNode;
      child.depth = node.depth + 1;
      node.children.push(child);
    }
    for (let j = kids.length - 1; j >= 0; j--) stack.push(kids[j] as number);
  }
  for (let j = preorder.length - 1; j >= 0; j--) {
    const node = nodes[preorder[j] as number] as ThreadNode;
    for (const child of node.children) node.replyCount += child.replyCount + 1;
  }
  return roots;
}

/** The visible nodes in reading order (depth first), skipping replies under collapsed nodes. */
export function flattenThread(nodes: readonly ThreadNode[]): ThreadNode[] {
  const result: ThreadNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ThreadNode;
    result.push(node);
    if (node.collapsed) continue;
    for (let j = node.children.length - 1; j >= 0; j--) stack.push(node.children[j] as ThreadNode);
  }
  return result;
}
