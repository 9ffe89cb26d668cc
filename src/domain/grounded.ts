// Which claims stand: the grounded labelling of the attack graph (Dung 1995).
// A claim is `in` when every attacker is `out`, `out` when some attacker is `in`, and
// `undecided` otherwise (it hangs on a cycle of attacks). Supports do not change a label: in
// Dung's semantics only attacks defeat, and a support is a reason, not a defence.
//
// The grounded labelling is the least fixed point, computed here in one pass over the graph,
// O(claims + relations): start from the unattacked claims (in), label what they attack out, and
// a claim whose attackers are all out becomes in. What is never reached is undecided.
import type { ClaimGraph } from './graph';
import type { Id } from './model';

export type GroundedLabel = 'in' | 'out' | 'undecided';

export interface ClaimStatus {
  label: GroundedLabel;
  /** Claims that attack this one, in graph order. */
  attackers: Id[];
  /** Attackers that are `in`: they are why an `out` claim is out. Empty unless out. */
  defeatedBy: Id[];
  supportCount: number;
  attackCount: number;
}

export function groundedLabelling(graph: ClaimGraph): ReadonlyMap<Id, ClaimStatus> {
  const label = new Map<Id, GroundedLabel>();
  // How many attackers of each claim are not yet known to be out.
  const undecidedAttackers = new Map<Id, number>();
  const ready: Id[] = [];
  for (const id of graph.order) {
    const count = attackersOf(graph, id).length;
    undecidedAttackers.set(id, count);
    if (count === 0) ready.push(id);
  }
  while (ready.length > 0) {
    const id = ready.pop() as Id;
    if (label.has(id)) continue;
    label.set(id, 'in');
    for (const target of targetsOf(graph, id)) {
      if (label.has(target)) continue;
      label.set(target, 'out');
      for (const next of targetsOf(graph, target)) {
        const left = (undecidedAttackers.get(next) ?? 0) - 1;
        undecidedAttackers.set(next, left);
        if (left === 0 && !label.has(next)) ready.push(next);
      }
    }
  }

  const statuses = new Map<Id, ClaimStatus>();
  for (const id of graph.order) {
    const attackers = attackersOf(graph, id);
    const incoming = graph.incoming.get(id) ?? [];
    const claimLabel = label.get(id) ?? 'undecided';
    statuses.set(id, {
      label: claimLabel,
      attackers,
      defeatedBy: claimLabel === 'out' ? attackers.filter((a) => label.get(a) === 'in') : [],
      supportCount: incoming.length - attackers.length,
      attackCount: attackers.length,
    });
  }
  return statuses;
}

function attackersOf(graph: ClaimGraph, id: Id): Id[] {
  const incoming = graph.incoming.get(id) ?? [];
  return incoming.filter((r) => r.kind === 'attacks').map((r) => r.from);
}

function targetsOf(graph: ClaimGraph, id: Id): Id[] {
  const outgoing = graph.outgoing.get(id) ?? [];
  return outgoing.filter((r) => r.kind === 'attacks').map((r) => r.to);
}

const COUNT_WORDS = ['no', 'one', 'both'];

/**
 * The status in plain words, for the map and the outline: "Stands: both rebuttals have been
 * answered." `textOf` gives a claim's wording for "Rebutted by: …".
 */
export function explainStatus(status: ClaimStatus, textOf: (id: Id) => string): string {
  const n = status.attackCount;
  switch (status.label) {
    case 'in': {
      if (n === 0) return 'Stands: nobody has rebutted it.';
      if (n === 1) return 'Stands: its rebuttal has been answered.';
      const all = n === 2 ? COUNT_WORDS[2] : `all ${n}`;
      return `Stands: ${all} rebuttals have been answered.`;
    }
    case 'out':
      return `Rebutted by: ${status.defeatedBy.map((id) => `“${textOf(id)}”`).join('; ')}`;
    case 'undecided':
      return 'Undecided: it is caught in a cycle of rebuttals that answer each other.';
  }
}
