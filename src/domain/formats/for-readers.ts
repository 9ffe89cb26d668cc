// An export is a read: whoever downloads it must get no more than the pages show them. Hidden
// claims and hidden comments' words are for the debate's moderators only (model.ts), so a file
// for anyone else leaves them out, and keeps the debate valid while doing so.
import type { DebateEvent } from '../events';
import type { Debate } from '../model';

/** True when a moderator has hidden something a reader may not see. */
export function hasHiddenContent(debate: Debate): boolean {
  return (
    debate.claims.some((c) => c.hidden === true) ||
    debate.comments.some((c) => c.visibility === 'hidden')
  );
}

/**
 * The debate as a reader may have it: hidden claims gone with their relations and anchors,
 * hidden comments kept in the thread (their replies hang from them) but with an empty body and
 * no anchors in them. Replies that targeted a hidden claim lose the target.
 */
export function debateForReaders(debate: Debate): Debate {
  if (!hasHiddenContent(debate)) return debate;
  const hiddenClaims = new Set(debate.claims.filter((c) => c.hidden).map((c) => c.id));
  const hiddenComments = new Set(
    debate.comments.filter((c) => c.visibility === 'hidden').map((c) => c.id),
  );
  return {
    ...debate,
    claims: debate.claims.filter((c) => !hiddenClaims.has(c.id)),
    relations: debate.relations.filter((r) => !hiddenClaims.has(r.from) && !hiddenClaims.has(r.to)),
    anchors: debate.anchors.filter(
      (a) =>
        !hiddenClaims.has(a.claimId) &&
        !(a.source.kind === 'comment' && hiddenComments.has(a.source.commentId)),
    ),
    comments: debate.comments.map((c) => {
      const blanked = hiddenComments.has(c.id) ? { ...c, body: '' } : c;
      if (!blanked.target || !hiddenClaims.has(blanked.target.claimId)) return blanked;
      const { target: _dropped, ...rest } = blanked;
      return rest;
    }),
  };
}

/**
 * The event log as a reader may have it. Events carry rows as they were, hidden words
 * included, and moderation events carry `before`: while anything is hidden the log is withheld
 * whole (the file then has the debate without its history); otherwise `before` is dropped, as
 * the live stream does for readers.
 */
export function eventsForReaders(debate: Debate, events: readonly DebateEvent[]): DebateEvent[] {
  if (hasHiddenContent(debate)) return [];
  return events.map(({ before: _before, ...event }) => event);
}
