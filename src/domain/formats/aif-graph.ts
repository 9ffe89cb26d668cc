// An AIF nodeset indexed once: nodes by id and each node's neighbours along edges, so every later
// step is a Map lookup (20,000 nodes must import in well under 2 s).
import type { AifEdge, AifNode } from './aif-schema';
import type { Warnings } from './warnings';
import { plural } from './warnings';

export interface AifGraph {
  nodes: ReadonlyMap<string, AifNode>;
  /** Nodes in file order, first of each id only. */
  order: readonly AifNode[];
  /** Node id → ids of the nodes its edges go to, in edge order. */
  out: ReadonlyMap<string, readonly string[]>;
  /** Node id → ids of the nodes whose edges come into it, in edge order. */
  into: ReadonlyMap<string, readonly string[]>;
}

export function indexAif(
  nodes: readonly AifNode[],
  edges: readonly AifEdge[],
  warnings: Warnings,
): AifGraph {
  const byId = new Map<string, AifNode>();
  const order: AifNode[] = [];
  for (const node of nodes) {
    if (byId.has(node.nodeID)) {
      warnings.note(
        'duplicate-node',
        (n) => `${plural(n, 'repeated node id')}: the first of each was kept`,
        node.nodeID,
      );
      continue;
    }
    byId.set(node.nodeID, node);
    order.push(node);
  }
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const edge of edges) {
    if (!byId.has(edge.fromID) || !byId.has(edge.toID)) {
      const missing = byId.has(edge.fromID) ? edge.toID : edge.fromID;
      warnings.note(
        'dangling-edge',
        (n) => `${plural(n, 'edge')} to or from a missing node left out`,
        `node ${missing}`,
      );
      continue;
    }
    push(out, edge.fromID, edge.toID);
    push(into, edge.toID, edge.fromID);
  }
  return { nodes: byId, order, out, into };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function neighbours(
  map: ReadonlyMap<string, readonly string[]>,
  id: string,
): readonly string[] {
  return map.get(id) ?? [];
}

/** Union-find over node ids, for the groups MA (rephrase) nodes join. */
export class Groups {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    for (let next = this.parent.get(root); next !== undefined; next = this.parent.get(root)) {
      root = next;
    }
    // Path compression keeps later finds constant time.
    let node = id;
    while (node !== root) {
      const next = this.parent.get(node) as string;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** "Speaker : words" (AIFdb's locution text) → its two parts; null when there is no speaker. */
export function splitSpeaker(text: string): { speaker: string; words: string } | null {
  const at = text.slice(0, 104).indexOf(' : ');
  if (at <= 0 || at > 100) return null;
  const speaker = text.slice(0, at);
  if (speaker.includes('\n')) return null;
  return { speaker: speaker.trim(), words: text.slice(at + 3) };
}
