// The moderation log of a debate, built from its events: who did what, when, why, and whether
// each entry can still be undone (and if not, why not, in words).
import type { DebateEvent } from '../events';
import { laterMergeOf } from '../merge/plan-unmerge';
import type { Id } from '../model';
import { blockingChange, undoableReason } from './undo';

export type UndoState = { ok: true; method: 'POST'; path: string } | { ok: false; reason: string };

/**
 * The rows an entry acted on, by id, so a client finds "the hide of comment c-1" or "the merges
 * into k-2" without reading the summary (which is for people and may change its words).
 */
export interface LogTargets {
  /** Claims written or removed; a merge's survivor first, then the claims folded into it. */
  claims: Id[];
  comments: Id[];
  relations: Id[];
}

export interface ModerationLogEntry {
  seq: number;
  /** The kind of entry: the event's type ('claim.hidden', 'claims.merged', …). */
  type: DebateEvent['type'];
  at: string;
  /** Who did it; null when the account is gone or it was the system. */
  actor: { id: Id; name: string | null } | null;
  /** Why, in the moderator's words; null when none was given. */
  reason: string | null;
  /** The entry this one undoes. */
  undoes: number | null;
  /** What the entry acted on. */
  targets: LogTargets;
  /** The claim a merge kept (for 'claims.merged'; null for every other entry). */
  survivorId: Id | null;
  /** What happened, in words ("Edited claim "k-1": "…" → "…""), for people, not to be parsed. */
  summary: string;
  undo: UndoState;
}

const ids = (rows: readonly { id: Id }[]) => rows.map((row) => row.id);
const unique = (list: readonly Id[]) => [...new Set(list)];

/**
 * A hide or an edit names the one row it is about (a claim's hide also carries its relations
 * and anchors, unchanged, which are not what was hidden); every other entry names every claim,
 * comment and relation it wrote or removed.
 */
export function targetsOf(event: DebateEvent): LogTargets {
  const { upsert, remove } = event;
  const none: LogTargets = { claims: [], comments: [], relations: [] };
  switch (event.type) {
    case 'claim.edited':
    case 'claim.hidden':
    case 'claim.unhidden':
      return { ...none, claims: ids(upsert.claims) };
    case 'relation.edited':
      return { ...none, relations: ids(upsert.relations) };
    case 'comment.hidden':
    case 'comment.unhidden':
      return { ...none, comments: ids(upsert.comments) };
    case 'suggestion.accepted':
      // Words suggested for an existing claim add only an anchor: the entry is about that claim.
      return {
        ...none,
        claims: unique([...ids(upsert.claims), ...upsert.anchors.map((a) => a.claimId)]),
        relations: ids(upsert.relations),
      };
    default:
      return {
        claims: unique([...ids(upsert.claims), ...remove.claims]),
        comments: ids(upsert.comments),
        relations: unique([...ids(upsert.relations), ...remove.relations]),
      };
  }
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
      // Words suggested for an existing claim add only their anchor.
      return claim
        ? `Accepted a suggested claim: "${claim.id}" ${quote(claim.text)}`
        : `Accepted suggested words for claim "${upsert.anchors[0]?.claimId}": ${quote(upsert.anchors[0]?.quote.exact ?? '')}`;
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

type Names = ReadonlyMap<Id, string>;

/** Who did `event`, in words. */
export function byWhom(event: Pick<DebateEvent, 'actorId'>, names: Names): string {
  return event.actorId === null ? 'the system' : (names.get(event.actorId) ?? 'a removed account');
}

function mergeUndoState(
  entry: DebateEvent,
  later: readonly DebateEvent[],
  names: Names,
): UndoState {
  if (later.some((e) => e.type === 'claims.unmerged' && e.undoes === entry.seq)) {
    return { ok: false, reason: `Entry ${entry.seq} was already unmerged.` };
  }
  const chained = laterMergeOf(entry, later);
  if (chained) {
    return {
      ok: false,
      reason: `Merge ${chained.seq} by ${byWhom(chained, names)} merged into the same claim later; unmerge it first (merges are undone last-first).`,
    };
  }
  return {
    ok: true,
    method: 'POST',
    path: `/api/debates/${entry.debateId}/merges/${entry.seq}/undo`,
  };
}

function undoState(entry: DebateEvent, later: readonly DebateEvent[], names: Names): UndoState {
  if (entry.type === 'claims.merged') return mergeUndoState(entry, later, names);
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
      targets: targetsOf(entry),
      survivorId: entry.type === 'claims.merged' ? (entry.upsert.claims[0]?.id ?? null) : null,
      summary: summarise(entry),
      undo: undoState(
        entry,
        later.filter((e) => e.seq > entry.seq),
        names,
      ),
    }))
    .reverse();
}
