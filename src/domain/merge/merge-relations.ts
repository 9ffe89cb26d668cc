// What happens to the relations of claims being merged: each end that is a merged claim now
// names the survivor. That can make a claim relate to itself (dropped), two relations join the
// same pair with the same stance (one kept), two join it with opposite stances (the moderator
// chooses, else the merge is blocked), or a pair and its reverse meet (a cycle: kept, as the link
// rules allow it and the map breaks cycles when drawing). Pure.
import type { Id, Relation, RelationKind } from '../model';
import type { StanceChoice } from './merge-request';

export type MergeConflictKind = 'self-relation' | 'duplicate' | 'opposite-stances' | 'cycle';

export interface MergeConflict {
  kind: MergeConflictKind;
  /** The relations involved, as they are before the merge. */
  relationIds: Id[];
  /** What the merge does about it; 'unresolved' blocks the merge until a stance is chosen. */
  resolution: 'dropped' | 'kept-one' | 'chosen' | 'kept' | 'unresolved';
  /** The relation that stays, when one does. */
  keptId?: Id;
  /** The conflict and its resolution in words a moderator can act on. */
  message: string;
}

export interface RelationMove {
  id: Id;
  kind: RelationKind;
  before: { from: Id; to: Id };
  after: { from: Id; to: Id };
}

export interface RelationOutcome {
  /** Relations that stay but now name the survivor (rows as after the merge). */
  moved: Relation[];
  /** Relations the merge removes (self-relations, duplicates, the stance not chosen). */
  dropped: Relation[];
  moves: RelationMove[];
  conflicts: MergeConflict[];
  /** The relations as they were, in the order given. */
  before: readonly Relation[];
}

const pairKey = (from: Id, to: Id) => JSON.stringify([from, to]);

/** The relation of `kind` (any when null) that stays: one already on the pair moves no row. */
function pickKept(
  group: readonly Relation[],
  from: Id,
  to: Id,
  kind: RelationKind | null,
): Relation | undefined {
  const candidates = kind === null ? group : group.filter((r) => r.kind === kind);
  return candidates.find((r) => r.from === from && r.to === to) ?? candidates[0];
}

function describeGroup(group: readonly Relation[]): string {
  return group.map((r) => `"${r.id}" (${r.from} ${r.kind} ${r.to})`).join(', ');
}

function selfRelation(relation: Relation): MergeConflict {
  const verb = relation.kind === 'supports' ? 'support' : 'attack';
  return {
    kind: 'self-relation',
    relationIds: [relation.id],
    resolution: 'dropped',
    message: `"${relation.from}" ${relation.kind} "${relation.to}": both are being merged, so the merged claim would ${verb} itself. The relation is dropped (undo brings it back).`,
  };
}

/**
 * Which relation of a group joining one pair (as after the merge) stays, and the conflict when
 * there were several. `kept` undefined: an unresolved disagreement, nothing may move.
 */
function resolveGroup(
  group: readonly Relation[],
  [from, to]: readonly [Id, Id],
  chosen: RelationKind | undefined,
): { kept: Relation | undefined; conflict: MergeConflict | null } {
  if (group.length === 1) return { kept: group[0], conflict: null };
  const relationIds = group.map((r) => r.id);
  if (new Set(group.map((r) => r.kind)).size === 1) {
    const kept = pickKept(group, from, to, null);
    return {
      kept,
      conflict: {
        kind: 'duplicate',
        relationIds,
        resolution: 'kept-one',
        ...(kept ? { keptId: kept.id } : {}),
        message: `${describeGroup(group)} would be the same relation once the claims are one; "${kept?.id}" is kept and the others are dropped (undo brings them back).`,
      },
    };
  }
  const kept = chosen ? pickKept(group, from, to, chosen) : undefined;
  const stances = group.map((r) => `"${r.id}" ${r.kind}`).join(', ');
  return {
    kept,
    conflict: {
      kind: 'opposite-stances',
      relationIds,
      resolution: chosen ? 'chosen' : 'unresolved',
      ...(kept ? { keptId: kept.id } : {}),
      message: chosen
        ? `The merged claims disagree (${stances}) once "${from}" and "${to}" are joined: the chosen stance "${chosen}" is kept as "${kept?.id}", the others are dropped (undo brings them back).`
        : `The merged claims disagree: once merged, "${from}" would both support and attack "${to}" (${stances}). Choose the stance the merged claim takes ({ from: "${from}", to: "${to}", kind }) or leave one claim out.`,
    },
  };
}

/**
 * Re-points `relations` (every relation touching a merged claim, each once) onto `survivorId`.
 * `merged` holds every claim id being merged, the survivor's included.
 */
export function mergeRelations(
  relations: readonly Relation[],
  merged: ReadonlySet<Id>,
  survivorId: Id,
  stances: readonly StanceChoice[] = [],
): RelationOutcome {
  const map = (id: Id) => (merged.has(id) ? survivorId : id);
  const out: RelationOutcome = {
    moved: [],
    dropped: [],
    moves: [],
    conflicts: [],
    before: relations,
  };
  const groups = new Map<string, Relation[]>();
  for (const relation of relations) {
    const [from, to] = [map(relation.from), map(relation.to)];
    if (from === to) {
      out.dropped.push(relation);
      out.conflicts.push(selfRelation(relation));
      continue;
    }
    const key = pairKey(from, to);
    groups.set(key, [...(groups.get(key) ?? []), relation]);
  }
  const chosen = new Map(stances.map((s) => [pairKey(s.from, s.to), s.kind]));
  for (const [key, group] of groups) {
    const pair = JSON.parse(key) as [Id, Id];
    const { kept, conflict } = resolveGroup(group, pair, chosen.get(key));
    if (conflict) out.conflicts.push(conflict);
    // Unresolved: nothing moves here; the plan is blocked anyway.
    if (!kept) continue;
    out.dropped.push(...group.filter((r) => r !== kept));
    const [from, to] = pair;
    if (kept.from !== from || kept.to !== to) {
      out.moved.push({ ...kept, from, to });
      const before = { from: kept.from, to: kept.to };
      out.moves.push({ id: kept.id, kind: kept.kind, before, after: { from, to } });
    }
  }
  out.conflicts.push(...cycles(groups, survivorId));
  return out;
}

/** A pair and its reverse both present after the merge, where the merge made one of them. */
function cycles(groups: ReadonlyMap<string, Relation[]>, survivorId: Id): MergeConflict[] {
  const found: MergeConflict[] = [];
  for (const [key, group] of groups) {
    const [from, to] = JSON.parse(key) as [Id, Id];
    if (from !== survivorId) continue;
    const reverse = groups.get(pairKey(to, from));
    if (!reverse) continue;
    const all = [...group, ...reverse];
    const movedAny = all.some(
      (r) => !(r.from === from && r.to === to) && !(r.from === to && r.to === from),
    );
    if (!movedAny) continue;
    found.push({
      kind: 'cycle',
      relationIds: all.map((r) => r.id),
      resolution: 'kept',
      message: `Once merged, "${survivorId}" and "${to}" answer each other (a cycle). Both relations are kept: the link rules allow a rebuttal of a rebuttal, and the map shows the second as a cross-link.`,
    });
  }
  return found;
}
