// The moderation log of a debate, built from its events: who did what, when, why, and whether
// each entry can still be undone (and if not, why not, in words).
import type { DebateEvent } from '../events';
import type { Id } from '../model';
import { blockingChange, undoableReason } from './undo';

export type UndoState = { ok: true; method: 'POST'; path: string } | { ok: false; reason: string };

export interface ModerationLogEntry {
  seq: number;
  type: DebateEvent['type'];
  at: string;
  /** Who did it; null when the account is gone or it was the system. */
  actor: { id: Id; name: string | null } | null;
  /** Why, in the moderator's words; null when none was given. */
  reason: string | null;
  /** The entry this one undoes. */
  undoes: number | null;
  /** What happened, in words ("Edited claim "k-1": "…" → "…""). */
  summary: string;
  undo: UndoState;
}

const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);

export function summarise(event: DebateEvent): string {
  const { upsert, before } = event;
  const claim = upsert.claims[0];
  const was = before?.claims[0];
  const relation = upsert.relations[0];
  const wasRelation = before?.relations[0];
  switch (event.type) {
    case 'claim.edited':
      return `Edited claim "${claim?.id}": ${quote(was?.text ?? '')} → ${quote(claim?.text ?? '')}`;
    case 'relation.edited':
      return `Changed relation "${relation?.id}": ${wasRelation?.from} ${wasRelation?.kind} ${wasRelation?.to} → ${relation?.from} ${relation?.kind} ${relation?.to}`;
    case 'comment.hidden':
    case 'comment.unhidden':
      return `${event.type === 'comment.hidden' ? 'Hid' : 'Showed again'} comment "${upsert.comments[0]?.id}"`;
    case 'claim.hidden':
    case 'claim.unhidden':
      return `${event.type === 'claim.hidden' ? 'Hid' : 'Showed again'} claim "${claim?.id}" ${quote(claim?.text ?? '')}`;
    case 'suggestion.accepted':
      return `Accepted a suggested claim: "${claim?.id}" ${quote(claim?.text ?? '')}`;
    case 'moderation.undone':
      return `Undid entry ${event.undoes}`;
    case 'claims.merged':
      return `Merged ${event.remove.claims.length + 1} claims into "${claim?.id}"`;
    case 'claims.unmerged':
      return `Unmerged entry ${event.undoes}`;
    default:
      return event.type;
  }
}

function undoState(entry: DebateEvent, later: readonly DebateEvent[]): UndoState {
  if (entry.type === 'claims.merged') {
    const blocked = later.some((e) => e.type === 'claims.unmerged' && e.undoes === entry.seq);
    return blocked
      ? { ok: false, reason: `Entry ${entry.seq} was already unmerged.` }
      : {
          ok: true,
          method: 'POST',
          path: `/api/debates/${entry.debateId}/merges/${entry.seq}/undo`,
        };
  }
  const reason = undoableReason(entry) ?? blockingChange(entry, later);
  return reason
    ? { ok: false, reason }
    : {
        ok: true,
        method: 'POST',
        path: `/api/debates/${entry.debateId}/moderation/${entry.seq}/undo`,
      };
}

/**
 * The log, newest first. `entries` are the moderation events; `later` every event after the
 * first of them (what may block an undo); `names` the accounts' names by id.
 */
export function moderationLog(
  entries: readonly DebateEvent[],
  later: readonly DebateEvent[],
  names: ReadonlyMap<Id, string>,
): ModerationLogEntry[] {
  return entries
    .map((entry) => ({
      seq: entry.seq,
      type: entry.type,
      at: entry.at,
      actor:
        entry.actorId === null
          ? null
          : { id: entry.actorId, name: names.get(entry.actorId) ?? null },
      reason: entry.reason ?? null,
      undoes: entry.undoes ?? null,
      summary: summarise(entry),
      undo: undoState(
        entry,
        later.filter((e) => e.seq > entry.seq),
      ),
    }))
    .reverse();
}
