// Test helper: a moderation event with defaults, for tests of what the log makes of events.
import { type DebateEvent, EMPTY_REMOVE, EMPTY_UPSERT } from '../events';

/** A 'comment.hidden' by "u-mod" at seq 1 in debate "d", with `patch` over it. */
export function moderationEvent(patch: Partial<DebateEvent>): DebateEvent {
  return {
    debateId: 'd',
    seq: 1,
    type: 'comment.hidden',
    at: '2026-11-27T10:00:00.000Z',
    actorId: 'u-mod',
    upsert: EMPTY_UPSERT,
    remove: EMPTY_REMOVE,
    ...patch,
  };
}
