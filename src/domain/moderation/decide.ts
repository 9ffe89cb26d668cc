// Moderation decisions: pure functions of the command and the rows the store loaded under the
// debate's lock. Each answers one event carrying `reason` and `before` (the rows as they were,
// so undo.ts can put them back), or the refusal. Refusals change nothing.

import { EMPTY_REMOVE, EMPTY_UPSERT, type EventType, type EventUpsert } from '../events';
import type { Anchor, Claim, Comment, Id, Relation } from '../model';
import { checkLink } from '../rules';
import type { EventDraft, WriteRefusal } from '../writes';
import { refuse } from '../writes';

function draft(
  type: EventType,
  upsert: Partial<EventUpsert>,
  before: Partial<EventUpsert>,
  reason: string | undefined,
): EventDraft {
  return {
    kind: 'event',
    type,
    upsert: { ...EMPTY_UPSERT, ...upsert },
    remove: EMPTY_REMOVE,
    before: { ...EMPTY_UPSERT, ...before },
    ...(reason ? { reason } : {}),
  };
}

const noClaim = (id: Id) => refuse.notFound(`Claim "${id}" does not exist in this debate.`);

export function decideEditClaim(
  claimId: Id,
  claim: Claim | null,
  edit: { text: string; expected?: string; reason?: string },
): EventDraft | WriteRefusal {
  const { text, expected, reason } = edit;
  if (!claim) return noClaim(claimId);
  if (expected !== undefined && expected !== claim.text) {
    return {
      kind: 'blocked',
      message: `The claim changed since you opened it; it now says ${JSON.stringify(claim.text)}. Edit that wording instead.`,
    };
  }
  if (claim.text === text) {
    return refuse.invalid('The claim already says exactly this; change the wording first.');
  }
  return draft('claim.edited', { claims: [{ ...claim, text }] }, { claims: [claim] }, reason);
}

export interface EditRelationState {
  relation: Relation | null;
  /** Whether the new target exists (merged-away and unknown ids do not). */
  targetExists: boolean;
  /** The relation already going from the relation's `from` to the new target, if any. */
  existing: Relation | undefined;
}

export function decideEditRelation(
  relationId: Id,
  change: { kind?: Relation['kind']; to?: Id },
  state: EditRelationState,
  reason?: string,
): EventDraft | WriteRefusal {
  const { relation } = state;
  if (!relation) return refuse.notFound(`Relation "${relationId}" does not exist in this debate.`);
  const next: Relation = {
    ...relation,
    kind: change.kind ?? relation.kind,
    to: change.to ?? relation.to,
  };
  if (next.kind === relation.kind && next.to === relation.to) {
    return refuse.invalid('The relation already is exactly this; change its stance or target.');
  }
  if (next.to !== relation.to) {
    // The same link rules as a new relation, against the graph without this one.
    const check = checkLink(next, {
      hasClaim: (id) => id === next.from || (id === next.to && state.targetExists),
      existing: () => (state.existing?.id === relation.id ? undefined : state.existing),
    });
    if (!check.ok) return refuse.invalid(check.reason);
  }
  return draft('relation.edited', { relations: [next] }, { relations: [relation] }, reason);
}

export function decideHideComment(
  commentId: Id,
  comment: Comment | null,
  hidden: boolean,
  reason?: string,
): EventDraft | WriteRefusal {
  if (!comment) return refuse.notFound(`Comment "${commentId}" does not exist in this debate.`);
  if (comment.visibility === 'deleted') {
    return refuse.invalid('The comment was deleted by its author; there is nothing to hide.');
  }
  if ((comment.visibility === 'hidden') === hidden) {
    return refuse.invalid(`The comment is already ${hidden ? 'hidden' : 'shown'}.`);
  }
  const changed: Comment = { ...comment, visibility: hidden ? 'hidden' : 'visible' };
  return draft(
    hidden ? 'comment.hidden' : 'comment.unhidden',
    { comments: [changed] },
    { comments: [comment] },
    reason,
  );
}

/**
 * Hiding a claim hides its relations and anchors from readers too; the event carries them
 * (unchanged) so a reader's copy can drop them and an unhide can bring them back.
 */
export function decideHideClaim(
  claimId: Id,
  claim: Claim | null,
  related: { relations: readonly Relation[]; anchors: readonly Anchor[] },
  hidden: boolean,
  reason?: string,
): EventDraft | WriteRefusal {
  if (!claim) return noClaim(claimId);
  if ((claim.hidden === true) === hidden) {
    return refuse.invalid(`The claim is already ${hidden ? 'hidden' : 'shown'}.`);
  }
  const { hidden: _was, ...shown } = claim;
  const changed: Claim = hidden ? { ...shown, hidden: true } : shown;
  const rows = { relations: [...related.relations], anchors: [...related.anchors] };
  return draft(
    hidden ? 'claim.hidden' : 'claim.unhidden',
    { claims: [changed], ...rows },
    { claims: [claim], ...rows },
    reason,
  );
}
