// planUnmerge: the event that undoes a merge exactly, or what blocks it. The merge event holds
// the rows as they were (`before`) and as it left them (`upsert`). Undoing puts back what the
// merge changed and only that: a later edit of a moved comment's words, or the re-anchoring
// that edit caused, stays. A later change to what the merge itself changed (the survivor's row,
// where a moved relation, anchor or reply points) would be overwritten, so it blocks, named.
import type { DebateEvent } from '../events';
import type { Anchor, Claim, Comment, Id, Relation } from '../model';
import type { EventDraft } from '../writes';
import { sameRow } from './claim-tag';

/** The current rows of everything the merge wrote or removed (absent: no such row now). */
export interface UnmergeState {
  claims: ReadonlyMap<Id, Claim>;
  relations: ReadonlyMap<Id, Relation>;
  anchors: ReadonlyMap<Id, Anchor>;
  comments: ReadonlyMap<Id, Comment>;
  /**
   * Which of the other claims the restored relations name exist now (see restoredEnds): one
   * merged away or removed since would leave a restored relation dangling.
   */
  claimsNow: ReadonlySet<Id>;
}

/** The claims outside the merge that its restored relations point to: each must still exist. */
export function restoredEnds(merge: DebateEvent): Id[] {
  const own = new Set([...merge.upsert.claims.map((c) => c.id), ...merge.remove.claims]);
  const ends = (merge.before?.relations ?? []).flatMap((r) => [r.from, r.to]);
  return [...new Set(ends.filter((id) => !own.has(id)))];
}

/** A later merge that must be undone before this one: who and when, for the 409 to name. */
export interface LaterMerge {
  seq: number;
  actorId: Id | null;
  at: string;
}

export type UnmergeOutcome =
  | EventDraft
  /** 409: later changes the inverse would overwrite, each in words. */
  | { kind: 'blocked'; reasons: string[]; laterMerge?: LaterMerge }
  /** 404/422: the event is not a merge that can be undone. */
  | { kind: 'not-a-merge'; message: string };

/**
 * A later merge that took in a claim this merge left (its survivor, usually) and is not undone:
 * merges are undone last-first, so the latest such one must go first. Null when there is none.
 */
export function laterMergeOf(
  merge: DebateEvent,
  later: readonly DebateEvent[],
): DebateEvent | null {
  const left = new Set(merge.upsert.claims.map((c) => c.id));
  const undone = new Set(later.filter((e) => e.type === 'claims.unmerged').map((e) => e.undoes));
  for (let i = later.length - 1; i >= 0; i--) {
    const event = later[i] as DebateEvent;
    if (event.type !== 'claims.merged' || event.seq <= merge.seq || undone.has(event.seq)) continue;
    if ((event.before?.claims ?? []).some((c) => left.has(c.id))) return event;
  }
  return null;
}

type Table = 'claims' | 'relations' | 'anchors' | 'comments';

const NOUN: Record<Table, string> = {
  claims: 'claim',
  relations: 'relation',
  anchors: 'anchor',
  comments: 'reply',
};

/** The last later event that wrote or removed row `id` of `table`, in words. */
function changedBy(later: readonly DebateEvent[], table: Table, id: Id): string {
  for (let i = later.length - 1; i >= 0; i--) {
    const event = later[i] as DebateEvent;
    const upserted = event.upsert[table].some((row) => row.id === id);
    const removed = table !== 'comments' && event.remove[table].includes(id);
    if (upserted || removed) {
      return ` by event ${event.seq} (${event.type}, ${event.at}${removed ? ', which removed it' : ''})`;
    }
  }
  return '';
}

function blockers(state: UnmergeState, merge: DebateEvent, later: readonly DebateEvent[]) {
  const reasons: string[] = [];
  const changed = (table: Table, id: Id, what: string) =>
    reasons.push(`${NOUN[table]} "${id}" ${what}${changedBy(later, table, id)}.`);
  for (const after of merge.upsert.claims) {
    const now = state.claims.get(after.id);
    if (!now) changed('claims', after.id, 'no longer exists');
    else if (!sameRow(now, after)) changed('claims', after.id, 'changed after the merge');
  }
  for (const id of merge.remove.claims) {
    if (state.claims.has(id)) changed('claims', id, 'exists again');
  }
  for (const after of merge.upsert.relations) {
    const now = state.relations.get(after.id);
    if (!now) changed('relations', after.id, 'was removed after the merge');
    else if (now.from !== after.from || now.to !== after.to) {
      changed('relations', after.id, 'was re-pointed after the merge');
    }
  }
  for (const id of restoredEnds(merge)) {
    if (!state.claimsNow.has(id)) {
      changed('claims', id, 'is gone (relations the undo restores point to it)');
    }
  }
  for (const after of merge.upsert.anchors) {
    const now = state.anchors.get(after.id);
    if (!now) changed('anchors', after.id, 'was removed after the merge');
    else if (now.claimId !== after.claimId) changed('anchors', after.id, 'moved to another claim');
  }
  for (const after of merge.upsert.comments) {
    const now = state.comments.get(after.id);
    if (!now) changed('comments', after.id, 'no longer exists');
    else if (now.target?.claimId !== after.target?.claimId) {
      changed('comments', after.id, 'now replies to another claim');
    }
  }
  return reasons;
}

function restoredRows(state: UnmergeState, merge: DebateEvent) {
  const before = merge.before as NonNullable<DebateEvent['before']>;
  const dropped = new Set(merge.remove.relations);
  const relations = before.relations.map((r) => {
    const now = state.relations.get(r.id);
    // A moved relation keeps any later change of stance; only its ends go back.
    return dropped.has(r.id) || !now ? r : { ...now, from: r.from, to: r.to };
  });
  const anchors = before.anchors.map((a) => {
    const now = state.anchors.get(a.id);
    return now ? { ...now, claimId: a.claimId } : a;
  });
  const comments = before.comments.map((c) => {
    const now = state.comments.get(c.id);
    if (!now || !c.target) return c;
    return { ...now, target: { ...(now.target ?? c.target), claimId: c.target.claimId } };
  });
  return { claims: before.claims, relations, anchors, comments };
}

/** The 'claims.unmerged' event undoing `merge`, given the rows now and the events since it. */
export function planUnmerge(
  state: UnmergeState,
  merge: DebateEvent,
  later: readonly DebateEvent[],
  reason?: string,
): UnmergeOutcome {
  if (merge.type !== 'claims.merged' || !merge.before) {
    return {
      kind: 'not-a-merge',
      message: `Event ${merge.seq} is a ${merge.type}, not a merge of claims; only merges are undone here.`,
    };
  }
  const undo = later.find((e) => e.undoes === merge.seq);
  if (undo) {
    return {
      kind: 'blocked',
      reasons: [`The merge was already undone by event ${undo.seq} (${undo.at}).`],
    };
  }
  const reasons = blockers(state, merge, later);
  if (reasons.length > 0) {
    const chained = laterMergeOf(merge, later);
    if (!chained) return { kind: 'blocked', reasons };
    const first = `Merge ${chained.seq} (${chained.at}) merged into the same claim later: unmerge it first (merges are undone last-first).`;
    return {
      kind: 'blocked',
      reasons: [first, ...reasons],
      laterMerge: { seq: chained.seq, actorId: chained.actorId, at: chained.at },
    };
  }
  const upsert = restoredRows(state, merge);
  const current = <T extends { id: Id }>(rows: readonly T[], map: ReadonlyMap<Id, T>) =>
    rows.flatMap((r) => {
      const now = map.get(r.id);
      return now ? [now] : [];
    });
  return {
    kind: 'event',
    type: 'claims.unmerged',
    upsert,
    remove: { claims: [], relations: [], anchors: [] },
    undoes: merge.seq,
    // Re-added claims and relations go back where they were (before the rows that followed them).
    ...(merge.followedBy ? { followedBy: merge.followedBy } : {}),
    before: {
      claims: current(upsert.claims, state.claims),
      relations: current(upsert.relations, state.relations),
      anchors: current(upsert.anchors, state.anchors),
      comments: current(upsert.comments, state.comments),
    },
    ...(reason ? { reason } : {}),
  };
}
