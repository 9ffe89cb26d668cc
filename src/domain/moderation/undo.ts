// Undo of a moderation entry: a new event that puts back the rows the entry changed (its
// `before`) and removes the rows it created. Refused, saying what blocks it, when a later event
// changed any of the same rows: undoing then would silently overwrite that later change.
import type { DebateEvent, EventRemove, EventType, EventUpsert } from '../events';
import { EMPTY_UPSERT } from '../events';
import type { Id } from '../model';

/** Rows outside the entry that point at a claim the undo would remove (loaded by the store). */
export interface ClaimReferences {
  relations: readonly { id: Id; from: Id; to: Id }[];
  anchors: readonly { id: Id; claimId: Id }[];
  /** Comments written as replies to the claim (their target). */
  comments: readonly { id: Id; target?: { claimId: Id } }[];
}

/** What still uses a claim the undo would remove, in words; null when nothing does. */
export function referencedRemoval(
  entry: DebateEvent,
  removing: readonly Id[],
  refs: ClaimReferences,
): string | null {
  const gone = new Set(removing);
  const own = touchedRows(entry);
  for (const r of refs.relations) {
    if ((gone.has(r.from) || gone.has(r.to)) && !own.has(`relations:${r.id}`)) {
      return `Claim "${gone.has(r.from) ? r.from : r.to}" is used by relation "${r.id}" made later; remove or undo that first.`;
    }
  }
  for (const a of refs.anchors) {
    if (gone.has(a.claimId) && !own.has(`anchors:${a.id}`)) {
      return `Claim "${a.claimId}" is anchored by "${a.id}" made later; undo that first.`;
    }
  }
  for (const c of refs.comments) {
    if (c.target && gone.has(c.target.claimId)) {
      return `Claim "${c.target.claimId}" was replied to later (comment "${c.id}"); it cannot be removed.`;
    }
  }
  return null;
}

import type { EventDraft, WriteRefusal } from '../writes';
import { refuse } from '../writes';

/** The entries the generic undo takes back. Merges have their own (merge/plan-unmerge.ts). */
export const UNDOABLE: readonly EventType[] = [
  'claim.edited',
  'relation.edited',
  'comment.hidden',
  'comment.unhidden',
  'claim.hidden',
  'claim.unhidden',
  'suggestion.accepted',
  'moderation.undone',
];

/** Every event a moderator causes, shown in the moderation log. */
export const MODERATION_TYPES: readonly EventType[] = [
  ...UNDOABLE,
  'claims.merged',
  'claims.unmerged',
];

type Kind = keyof EventUpsert;
const KINDS: readonly Kind[] = ['comments', 'claims', 'relations', 'anchors'];
const NOUN: Record<Kind, string> = {
  comments: 'comment',
  claims: 'claim',
  relations: 'relation',
  anchors: 'anchor',
};

/** "claims:k-1" keys of every row an event upserts or removes. */
export function touchedRows(event: Pick<DebateEvent, 'upsert' | 'remove'>): Set<string> {
  const keys = new Set<string>();
  for (const kind of KINDS) for (const row of event.upsert[kind]) keys.add(`${kind}:${row.id}`);
  for (const kind of ['claims', 'relations', 'anchors'] as const) {
    for (const id of event.remove[kind]) keys.add(`${kind}:${id}`);
  }
  return keys;
}

/** Why `entry` cannot be undone by a generic undo, or null when its type allows it. */
export function undoableReason(entry: DebateEvent): string | null {
  if (!UNDOABLE.includes(entry.type)) {
    return entry.type === 'claims.merged'
      ? `Entry ${entry.seq} is a merge: undo it with POST /api/debates/${entry.debateId}/merges/${entry.seq}/undo.`
      : `Entry ${entry.seq} (${entry.type}) is not a moderation that can be undone here.`;
  }
  if (!entry.before) return `Entry ${entry.seq} has no record of what it replaced.`;
  return null;
}

/** The first later event that changed a row `entry` changed, in words; null when none did. */
export function blockingChange(entry: DebateEvent, later: readonly DebateEvent[]): string | null {
  const mine = touchedRows(entry);
  for (const event of later) {
    if (event.seq <= entry.seq) continue;
    for (const key of touchedRows(event)) {
      if (!mine.has(key)) continue;
      const [kind, id] = key.split(':') as [Kind, Id];
      const undone = event.type === 'moderation.undone' && event.undoes === entry.seq;
      return undone
        ? `Entry ${entry.seq} was already undone by entry ${event.seq}.`
        : `The ${NOUN[kind]} "${id}" changed later (entry ${event.seq}, ${event.type}); undo that first, or change it by hand.`;
    }
  }
  return null;
}

/** The 'moderation.undone' event for `entry`, or why it is refused (409 when blocked). */
export function decideUndo(
  entry: DebateEvent | null,
  seq: number,
  later: readonly DebateEvent[],
  reason?: string,
  refs: ClaimReferences = { relations: [], anchors: [], comments: [] },
): EventDraft | WriteRefusal {
  if (!entry) return refuse.notFound(`There is no entry ${seq} in this debate's log.`);
  const notUndoable = undoableReason(entry);
  if (notUndoable) return refuse.invalid(notUndoable);
  const before = entry.before ?? EMPTY_UPSERT;
  if (entry.upsert.comments.some((c) => !before.comments.some((b) => b.id === c.id))) {
    return refuse.invalid(`Entry ${seq} added comments, and comments are never removed.`);
  }
  const blocked = blockingChange(entry, later);
  if (blocked) return { kind: 'blocked', message: blocked };
  const created = (kind: 'claims' | 'relations' | 'anchors') => {
    const kept = new Set(before[kind].map((row) => row.id));
    return entry.upsert[kind].filter((row) => !kept.has(row.id)).map((row) => row.id);
  };
  const remove: EventRemove = {
    claims: created('claims'),
    relations: created('relations'),
    anchors: created('anchors'),
  };
  const used = referencedRemoval(entry, remove.claims, refs);
  if (used) return { kind: 'blocked', message: used };
  // Rows the entry removed come back from `before`; nothing later touched them either.
  return {
    kind: 'event',
    type: 'moderation.undone',
    upsert: structuredClone(before),
    remove,
    // What undo changes is what the entry left, untouched since: its own upsert, and nothing
    // for the rows it removed (they did not exist).
    before: structuredClone(entry.upsert),
    undoes: seq,
    ...(reason ? { reason } : {}),
  };
}
