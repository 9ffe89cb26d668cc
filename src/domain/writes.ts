// What every write decision shares. A decision is a pure function of the request and the state it
// needs (which each store adapter loads its own way, under the debate's lock): it answers either
// the event to append or the refusal, so both adapters refuse and write exactly alike.
import type { Suggestion } from './commands';
import type { DebateEvent, EventRemove, EventType, EventUpsert, FollowedBy } from './events';
import { EMPTY_REMOVE, EMPTY_UPSERT } from './events';
import type { Comment, Id } from './model';

/** Why a write changed nothing, with a message a person can act on. The API maps kind → status. */
export type WriteRefusal =
  /** 404: the comment written to, edited or deleted does not exist. */
  | { kind: 'not-found'; message: string }
  /** 422: the request names something that cannot be used (unknown claim, bad range, link rule). */
  | { kind: 'invalid'; message: string }
  /** 403: someone else's comment. */
  | { kind: 'forbidden'; message: string }
  /** 409: the comment changed since the version the writer saw; `current` is what it is now. */
  | { kind: 'conflict'; message: string; current: Comment }
  /**
   * 409: something already done stands in the way, and the message names it: a later change to
   * the same rows (undo), or the same words already anchored to the claim (mark).
   */
  | { kind: 'blocked'; message: string };

/** The event a write appends, before the store gives it its debate, seq, time and actor. */
export interface EventDraft {
  kind: 'event';
  type: EventType;
  upsert: EventUpsert;
  remove: EventRemove;
  /** Moderation events: why, which entry is undone, and the rows as they were (see events.ts). */
  reason?: string;
  undoes?: number;
  before?: EventUpsert;
  /** The suggestion the event is about (see DebateEvent.suggestion). */
  suggestion?: SuggestionRef;
  /** Where removed or re-added claims and relations sit (see DebateEvent.followedBy). */
  followedBy?: FollowedBy;
}

/** A suggestion as the public event stream names it: no words, no author. */
export interface SuggestionRef {
  id: Id;
  status: Suggestion['status'];
}

/** A mark that must wait for a moderator: stored, with an event that changes no row. */
export interface SuggestionDraft {
  kind: 'suggestion';
  suggestion: Suggestion;
  /** 'suggestion.changed' (pending), so open queues refresh live. */
  event: EventDraft;
}

export type IdPrefix = 'c' | 'k' | 'r' | 'a' | 's';

/** What a decision needs from outside: the time and new ids. Injected so tests can pin them. */
export interface WriteContext {
  /** ISO 8601, the event's `at` and any new comment's createdAt. */
  now: string;
  newId(prefix: IdPrefix): Id;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `prefix-` and 12 random base36 characters (62 bits): crypto.getRandomValues exists in the
 * browser and in Node, so the memory store (MSW) and the server make ids the same way.
 */
export function randomId(prefix: IdPrefix): Id {
  let out = '';
  while (out.length < 12) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      // 252 = 7 × 36: rejecting the rest keeps every character equally likely.
      if (byte < 252 && out.length < 12) out += BASE36[byte % 36];
    }
  }
  return `${prefix}-${out}`;
}

export function systemContext(): WriteContext {
  return { now: new Date().toISOString(), newId: randomId };
}

export function eventDraft(type: EventType, upsert: Partial<EventUpsert>): EventDraft {
  return { kind: 'event', type, upsert: { ...EMPTY_UPSERT, ...upsert }, remove: EMPTY_REMOVE };
}

/** The event as stored and sent: the draft with its debate, seq, time and actor. */
export function toEvent(
  draft: EventDraft,
  meta: { debateId: Id; seq: number; at: string; actorId: Id | null },
): DebateEvent {
  return {
    debateId: meta.debateId,
    seq: meta.seq,
    type: draft.type,
    at: meta.at,
    actorId: meta.actorId,
    upsert: draft.upsert,
    remove: draft.remove,
    ...(draft.reason === undefined ? {} : { reason: draft.reason }),
    ...(draft.undoes === undefined ? {} : { undoes: draft.undoes }),
    ...(draft.before === undefined ? {} : { before: draft.before }),
    ...(draft.suggestion === undefined ? {} : { suggestion: draft.suggestion }),
    ...(draft.followedBy === undefined ? {} : { followedBy: draft.followedBy }),
  };
}

/** A suggestion made or declined: an event that changes no row, so open queues refresh. */
export function suggestionChanged({ id, status }: SuggestionRef): EventDraft {
  // Only these two fields, whatever object is passed: the event stream is public.
  return { ...eventDraft('suggestion.changed', {}), suggestion: { id, status } };
}

export const refuse = {
  notFound: (message: string): WriteRefusal => ({ kind: 'not-found', message }),
  invalid: (message: string): WriteRefusal => ({ kind: 'invalid', message }),
  forbidden: (message: string): WriteRefusal => ({ kind: 'forbidden', message }),
  blocked: (message: string): WriteRefusal => ({ kind: 'blocked', message }),
};
