// planMerge: what folding duplicate claims into one would do, before anything is written. The
// preview a moderator confirms and the event the store appends come from the same plan, so what
// was shown is what happens. Pure: each store loads MergeState its own way (a few index lookups).
import type { Anchor, Claim, Comment, Id, Relation } from '../model';
import { chainConflicts } from './chains';
import { claimTag } from './claim-tag';
import {
  type MergeConflict,
  mergeRelations,
  type RelationMove,
  type RelationOutcome,
} from './merge-relations';
import type { MergeRequest } from './merge-request';

/** What a merge needs to know, for the claims a request names. */
export interface MergeState {
  /** The requested claims that exist, by id. */
  claims: ReadonlyMap<Id, Claim>;
  /** Requested ids that are no longer claims because they were merged: id → the survivor's id. */
  aliases: ReadonlyMap<Id, Id>;
  /** Every relation with either end among the existing requested claims, each once. */
  relations: readonly Relation[];
  /** Every anchor of the existing requested claims. */
  anchors: readonly Anchor[];
  /** Every comment replying to one of them (`target.claimId`). */
  replies: readonly Comment[];
  /**
   * Relations reachable going up (from → to) from the existing requested claims, at least
   * within CHAIN_LIMITS.depth steps (more is fine): to report longer loops a merge closes.
   * Absent: longer loops are not looked for.
   */
  upward?: readonly Relation[];
}

export interface AnchorMove {
  id: Id;
  /** The claim the words stated before; they state the survivor after. */
  fromClaimId: Id;
  /** The anchored words. */
  exact: string;
  source: Anchor['source'];
}

export interface ReplyMove {
  commentId: Id;
  fromClaimId: Id;
  stance: NonNullable<Comment['target']>['stance'];
}

/** The preview: everything the merge would change, with every conflict and its resolution. */
export interface MergePlan {
  /** The surviving claim as it will be (wording, phrasings, aliases). */
  survivor: Claim;
  /** The claims folded into it, as they are now; their ids become aliases of the survivor. */
  mergedAway: Claim[];
  /** The phrasings the survivor gains (merged-away wordings; its own when reworded). */
  phrasingsAdded: string[];
  moves: { relations: RelationMove[]; anchors: AnchorMove[]; replies: ReplyMove[] };
  /** Relations removed by a conflict's resolution (undo brings them back). */
  droppedRelationIds: Id[];
  conflicts: MergeConflict[];
  /** Why the merge cannot be applied as asked (an unresolved conflict); empty when it can. */
  blocking: string[];
  /** Each claim's revision tag: send back as `expected` so a concurrent change is a 409. */
  expected: Record<Id, string>;
  /** The rows the event writes and the rows as they were: applyMerge turns them into the event. */
  rows: MergeRows;
}

export interface MergeRows {
  upsert: { claims: Claim[]; relations: Relation[]; anchors: Anchor[]; comments: Comment[] };
  remove: { claims: Id[]; relations: Id[] };
  before: { claims: Claim[]; relations: Relation[]; anchors: Anchor[]; comments: Comment[] };
}

export type MergeOutcome =
  | { kind: 'plan'; plan: MergePlan }
  /** 422: the request cannot be a merge (too few claims, unknown ones, a hidden one). */
  | { kind: 'refused'; reasons: string[] }
  /** 409: a claim changed or went since the preview the request was made from. */
  | { kind: 'conflict'; message: string; current: MergeCurrent };

/** The current state of what a stale request named, so the moderator can look again. */
export interface MergeCurrent {
  /** The named claims that exist, and the survivors of those merged since. */
  claims: Claim[];
  /** Named ids merged since: id → the claim they now land on. */
  aliases: Record<Id, Id>;
  expected: Record<Id, string>;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function staleness(request: MergeRequest, state: MergeState): string | null {
  const expected = request.expected;
  if (!expected) return null;
  for (const id of request.claimIds) {
    const claim = state.claims.get(id);
    const alias = state.aliases.get(id);
    if (!claim) {
      return alias
        ? `Claim "${id}" was merged into "${alias}" since you looked.`
        : `Claim "${id}" no longer exists.`;
    }
    const tag = expected[id];
    if (tag !== undefined && tag !== claimTag(claim)) {
      return `Claim "${id}" changed since you looked.`;
    }
  }
  return null;
}

function refusals(request: MergeRequest, state: MergeState): string[] {
  const reasons: string[] = [];
  const ids = request.claimIds;
  if (unique(ids).length !== ids.length) reasons.push('A claim is listed twice; list each once.');
  for (const id of unique(ids)) {
    const claim = state.claims.get(id);
    const alias = state.aliases.get(id);
    if (!claim) {
      reasons.push(
        alias
          ? `Claim "${id}" was already merged into "${alias}"; select "${alias}" instead.`
          : `Claim "${id}" does not exist in this debate.`,
      );
    } else if (claim.hidden) {
      reasons.push(`Claim "${id}" is hidden; show it again first, or leave it out of the merge.`);
    }
  }
  const keep = 'keep' in request.survivor ? request.survivor.keep : null;
  if (keep !== null && !ids.includes(keep)) {
    reasons.push(`The surviving claim "${keep}" must be one of the claims being merged.`);
  }
  return reasons;
}

export function currentOf(request: MergeRequest, state: MergeState): MergeCurrent {
  const aliases: Record<Id, Id> = {};
  for (const id of request.claimIds) {
    const alias = state.aliases.get(id);
    if (alias !== undefined && !state.claims.has(id)) aliases[id] = alias;
  }
  const claims = [...state.claims.values()];
  return { claims, aliases, expected: tagsOf(claims) };
}

function tagsOf(claims: readonly Claim[]): Record<Id, string> {
  return Object.fromEntries(claims.map((c) => [c.id, claimTag(c)]));
}

/** The survivor after the merge: its wording, and every other wording and id it now stands for. */
function survivorAfter(survivor: Claim, others: readonly Claim[], text: string | null): Claim {
  const newText = text ?? survivor.text;
  const wordings = [
    ...(survivor.phrasings ?? []),
    ...(text !== null ? [survivor.text] : []),
    ...others.flatMap((c) => [c.text, ...(c.phrasings ?? [])]),
  ];
  const phrasings = unique(wordings).filter((p) => p !== newText);
  const aliases = unique([
    ...(survivor.aliases ?? []),
    ...others.flatMap((c) => [c.id, ...(c.aliases ?? [])]),
  ]);
  return {
    ...survivor,
    text: newText,
    ...(phrasings.length > 0 ? { phrasings } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

/** The preview of `request` over `state`, or why it is refused or stale. */
export function planMerge(state: MergeState, request: MergeRequest): MergeOutcome {
  const stale = staleness(request, state);
  if (stale !== null) {
    return {
      kind: 'conflict',
      message: `${stale} Look at the merge again: here is what the claims are now.`,
      current: currentOf(request, state),
    };
  }
  const reasons = refusals(request, state);
  if (reasons.length > 0) return { kind: 'refused', reasons };
  const claims = request.claimIds.map((id) => state.claims.get(id) as Claim);
  const survivorId = 'keep' in request.survivor ? request.survivor.keep : request.claimIds[0];
  const survivor = claims.find((c) => c.id === survivorId) as Claim;
  const others = claims.filter((c) => c.id !== survivorId);
  const text = 'text' in request.survivor ? request.survivor.text : null;
  const after = survivorAfter(survivor, others, text);
  const merged = new Set(request.claimIds);
  const relations = mergeRelations(state.relations, merged, survivor.id, request.stances);
  const anchors = state.anchors.filter((a) => a.claimId !== survivor.id);
  const replies = state.replies.filter(
    (c) =>
      c.target !== undefined && c.target.claimId !== survivor.id && merged.has(c.target.claimId),
  );
  const phrasingsBefore = survivor.phrasings ?? [];
  const plan: MergePlan = {
    survivor: after,
    mergedAway: others,
    phrasingsAdded: (after.phrasings ?? []).filter((p) => !phrasingsBefore.includes(p)),
    moves: {
      relations: relations.moves,
      anchors: anchors.map((a) => ({
        id: a.id,
        fromClaimId: a.claimId,
        exact: a.quote.exact,
        source: a.source,
      })),
      replies: replies.map((c) => ({
        commentId: c.id,
        fromClaimId: c.target?.claimId as Id,
        stance: c.target?.stance ?? 'question',
      })),
    },
    droppedRelationIds: relations.dropped.map((r) => r.id),
    conflicts: [
      ...relations.conflicts,
      ...chainConflicts(request.claimIds, state.upward ?? [], survivor.id),
    ],
    blocking: relations.conflicts
      .filter((c) => c.resolution === 'unresolved')
      .map((c) => c.message),
    expected: tagsOf(claims),
    rows: mergeRows({ claims, after, others, relations, anchors, replies }),
  };
  return { kind: 'plan', plan };
}

/** The rows the event writes and removes, and the same rows as they were (for undo). */
function mergeRows(parts: {
  claims: readonly Claim[];
  after: Claim;
  others: readonly Claim[];
  relations: RelationOutcome;
  anchors: readonly Anchor[];
  replies: readonly Comment[];
}): MergeRows {
  const { after, relations, anchors, replies } = parts;
  const moved = new Set(relations.moved.map((r) => r.id));
  const target = (c: Comment) => ({ claimId: after.id, stance: c.target?.stance ?? 'question' });
  return {
    upsert: {
      claims: [after],
      relations: relations.moved,
      anchors: anchors.map((a) => ({ ...a, claimId: after.id })),
      comments: replies.map((c) => ({ ...c, target: target(c) })),
    },
    remove: {
      claims: parts.others.map((c) => c.id),
      relations: relations.dropped.map((r) => r.id),
    },
    before: {
      claims: [...parts.claims],
      relations: [...relations.before.filter((r) => moved.has(r.id)), ...relations.dropped],
      anchors: [...anchors],
      comments: [...replies],
    },
  };
}
