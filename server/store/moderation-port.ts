// Moderation in the Store port (issue 5): curation writes (each one transaction, one event with
// the moderator's reason and the rows as they were), the suggestion queue, claim history, the
// moderation log and the ids readers must not see.
import type { Suggestion, User } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import type { Id } from '../../src/domain/model';
import type { ClaimRevision, ModerationCommand } from '../../src/domain/moderation/commands';
import type { WriteResult } from './store';

export type DeclineResult =
  | { kind: 'ok'; suggestion: Suggestion }
  | { kind: 'no-debate' }
  | { kind: 'not-found'; message: string }
  | { kind: 'invalid'; message: string };

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
  /** Declines a pending suggestion: kept, status 'declined', no event (nothing in the debate changes). */
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
