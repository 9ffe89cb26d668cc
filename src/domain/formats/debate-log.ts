// Checking an imported event log before it is stored (decision 0009). Undo and unmerge trust
// the rows events carry (`before`, `undoes`), so a log is kept only when replaying it from its
// base (what the debate held when it was created; empty when the file has none) gives exactly
// the debate, every state on the way keeps the model's invariants, and every `before` is the
// rows as they really were. Linear in the size of the log plus the debate.
import { type DebateEvent, EMPTY_UPSERT, type EventUpsert } from '../events';
import type { Debate, Id } from '../model';
import { UNDOABLE } from '../moderation/undo';
import { validateDebate } from '../rules';
import { LogState, listed } from './log-state';
import type { ImportedDebate } from './types';

/** A debate's history as a file or a store keeps it: where it began and every event since. */
export interface DebateLog {
  /** The rows the debate was created with, before event 1 (post excluded: events never change it). */
  base: EventUpsert;
  /** seq 1..n, no gaps; the debate's seq is n. */
  events: readonly DebateEvent[];
}

export type LogCheck = { ok: true } | { ok: false; seq: number | null; message: string };

const KINDS = ['comments', 'claims', 'relations', 'anchors'] as const;
type Kind = (typeof KINDS)[number];
const NOUN: Record<Kind, string> = {
  comments: 'comment',
  claims: 'claim',
  relations: 'relation',
  anchors: 'anchor',
};

/** The rows of a debate as a base: the starting point of a log that begins now. */
export function baseOf(debate: Debate): EventUpsert {
  const { comments, claims, relations, anchors } = debate;
  return { comments, claims, relations, anchors };
}

export function isEmptyBase(base: EventUpsert): boolean {
  return KINDS.every((kind) => base[kind].length === 0);
}

/** Deep equality of JSON-shaped values, key order and absent-vs-undefined ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => sameJson(x[k], y[k]));
}

const refuse = (seq: number | null, message: string): LogCheck => ({ ok: false, seq, message });

/** `undoes` must name an earlier event of the kind this one takes back. */
function undoesProblem(event: DebateEvent, types: ReadonlyMap<number, string>): string | null {
  const { undoes, type, seq } = event;
  if (type !== 'moderation.undone' && type !== 'claims.unmerged') {
    return undoes === undefined ? null : `a ${type} event undoes nothing, yet names ${undoes}`;
  }
  const target = undoes === undefined ? undefined : types.get(undoes);
  if (undoes === undefined || undoes >= seq || target === undefined) {
    return `it must undo an earlier event (undoes: ${undoes ?? 'missing'})`;
  }
  const fits =
    type === 'claims.unmerged'
      ? target === 'claims.merged'
      : (UNDOABLE as readonly string[]).includes(target);
  return fits ? null : `it undoes event ${undoes}, a ${target}, which it cannot take back`;
}

/**
 * `before` must hold exactly the rows the event replaces or removes, as they are just before
 * it: undo puts these back and removes the rest of what the event upserted.
 */
function beforeProblem(event: DebateEvent, state: LogState): string | null {
  const { before } = event;
  if (!before) return null;
  for (const kind of KINDS) {
    const rows = state.rows[kind] as Map<string, unknown>;
    const listedIds = new Set<string>();
    for (const row of before[kind]) {
      listedIds.add(row.id);
      if (!sameJson(rows.get(row.id), row)) {
        return `its before-state of ${NOUN[kind]} "${row.id}" is not the row as it was`;
      }
    }
    const touched = [
      ...event.upsert[kind].map((row) => row.id),
      ...(kind === 'comments' ? [] : event.remove[kind]),
    ];
    const missing = touched.find((id) => rows.has(id) && !listedIds.has(id));
    if (missing !== undefined) {
      return `its before-state leaves out ${NOUN[kind]} "${missing}", which it changes`;
    }
  }
  return null;
}

/** The seq of the last event that touched `id` of `kind`, or null (the base). */
function lastTouch(events: readonly DebateEvent[], kind: Kind, id: string): number | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as DebateEvent;
    const removed = kind !== 'comments' && event.remove[kind].includes(id);
    if (removed || event.upsert[kind].some((row) => row.id === id)) return event.seq;
  }
  return null;
}

/** Where the replay and the debate part, named by the last event that touched the row. */
function firstDifference(debate: Debate, state: LogState, log: DebateLog): LogCheck {
  for (const kind of KINDS) {
    const replayed = listed(state, kind) as readonly { id: string }[];
    const stored = debate[kind] as readonly { id: string }[];
    const length = Math.max(replayed.length, stored.length);
    for (let i = 0; i < length; i++) {
      const [mine, theirs] = [replayed[i], stored[i]];
      if (sameJson(mine, theirs)) continue;
      const id = (theirs ?? mine)?.id ?? '';
      const seq = lastTouch(log.events, kind, id);
      const what =
        mine?.id === theirs?.id
          ? `${NOUN[kind]} "${id}" different from the debate's`
          : `the ${kind} in another order than the debate's (at "${id}")`;
      const where =
        seq === null
          ? `its base leaves ${what}, and no event changes it`
          : `event ${seq}, the last to change it, leaves ${what}`;
      return refuse(seq, `The log does not replay to the debate: ${where}.`);
    }
  }
  return { ok: true };
}

/** Whether `log` may be stored as the history of `debate` (see the top of this file). */
export function checkDebateLog(debate: Debate, log: DebateLog): LogCheck {
  const baseProblems = validateDebate({ ...debate, ...log.base });
  if (baseProblems.length > 0)
    return refuse(null, `The log's base is not valid: ${baseProblems[0]}`);
  const state = new LogState(debate.post);
  state.apply(log.base, { claims: [], relations: [], anchors: [] });
  const types = new Map<number, string>();
  for (const [i, event] of log.events.entries()) {
    const at = (problem: string) =>
      refuse(event.seq, `Event ${event.seq} (${event.type}) cannot be kept: ${problem}.`);
    if (event.seq !== i + 1) return at(`events are numbered 1, 2, 3, … and this is event ${i + 1}`);
    if (event.debateId !== debate.id) return at(`it names debate "${event.debateId}"`);
    const problem = undoesProblem(event, types) ?? beforeProblem(event, state);
    if (problem) return at(problem);
    state.apply(event.upsert, event.remove, event.followedBy);
    const broken = state.problemAfter(event.upsert, event.remove);
    if (broken) return at(`it leaves the debate invalid: ${broken}`);
    types.set(event.seq, event.type);
  }
  return firstDifference(debate, state, log);
}

/** The base of a debate created from nothing: events built every row. */
export const EMPTY_BASE: EventUpsert = EMPTY_UPSERT;

/**
 * The history a store keeps with an imported debate: its file's events (naming `debateId`, when
 * the debate is saved under another id), or none (seq 0).
 */
export function logOf(
  imported: ImportedDebate,
  debateId: Id = imported.debate.id,
): DebateLog | undefined {
  if (imported.events.length === 0) return undefined;
  const events = imported.events.map((event) => ({ ...event, debateId }));
  return { base: imported.base ?? EMPTY_BASE, events };
}
