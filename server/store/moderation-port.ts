// Moderation in the Store port (issue 5): curation writes (each one transaction, one event with
// the moderator's reason and the rows as they were), the suggestion queue, claim history, the
// moderation log and the ids readers must not see.
import type { Suggestion, User } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import type { Id } from '../../src/domain/model';
import type { ClaimRevision, ModerationCommand } from '../../src/domain/moderation/commands';
import type { MarkResult, WriteResult } from './store';

export type DeclineResult =
  | { kind: 'ok'; suggestion: Suggestion }
  | { kind: 'no-debate' }
  | { kind: 'not-found'; message: string }
  | { kind: 'invalid'; message: string };

/** A decline's answer from the write path's: the declined suggestion, or why not. */
export function declineResult(result: MarkResult, declined: Suggestion | null): DeclineResult {
  switch (result.kind) {
    case 'ok':
      if (!declined) throw new Error('A decline committed without its suggestion.');
      return { kind: 'ok', suggestion: declined };
    case 'no-debate':
    case 'not-found':
    case 'invalid':
      return result;
    default:
      throw new Error(`Unexpected decline result ${result.kind}.`);
  }
}

export interface HiddenIds {
  claims: Id[];
  comments: Id[];
}

export interface ModerationMethods {
  /**
   * One curation write. The caller has checked the permission table; the store checks the rows
   * (404 unknown, 422 no change or a link rule, 409 'blocked' for an undo a later change blocks).
   */
  moderate(debateId: Id, actor: User, command: ModerationCommand): Promise<WriteResult>;
  /**
   * Declines a pending suggestion: kept, status 'declined'. Nothing in the debate changes; a
   * 'suggestion.changed' event (ids and status only) tells open queues.
   */
  declineSuggestion(
    debateId: Id,
    actor: User,
    suggestionId: Id,
    reason?: string,
  ): Promise<DeclineResult>;
  /** Every suggestion in the debate (the moderators' queue), oldest first; null: no debate. */
  listAllSuggestions(debateId: Id): Promise<Suggestion[] | null>;
  /** A claim's wordings, oldest first ([] when never edited); null when no such debate. */
  claimHistory(debateId: Id, claimId: Id): Promise<ClaimRevision[] | null>;
  /** The debate's moderation events (MODERATION_TYPES), oldest first; null when no debate. */
  moderationEvents(debateId: Id): Promise<DebateEvent[] | null>;
  /** What readers must not see now; null when no such debate. */
  hiddenIds(debateId: Id): Promise<HiddenIds | null>;
}
