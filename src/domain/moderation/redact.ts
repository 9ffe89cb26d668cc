// What a reader (anyone who is not a moderator of the debate) is served when something is
// hidden: a hidden comment keeps its place in the thread (replies hang from it) as an empty
// "hidden" comment; a hidden claim is left out with its relations and anchors; anchors said in
// a hidden comment are left out. Events are redacted the same way, and carry no before-state.
// Moderators are served everything, hidden rows marked (visibility 'hidden', claim.hidden).
import type { DebateEvent, FollowedBy } from '../events';
import type { Anchor, Comment, DebateOverview, Id, Relation } from '../model';

export interface HiddenSets {
  claims: ReadonlySet<Id>;
  comments: ReadonlySet<Id>;
}

export function hiddenSets(ids: { claims: readonly Id[]; comments: readonly Id[] }): HiddenSets {
  return { claims: new Set(ids.claims), comments: new Set(ids.comments) };
}

/** The comment as a reader sees it: a hidden one without its words. */
export function redactComment<C extends Comment>(comment: C): C {
  return comment.visibility === 'hidden' ? { ...comment, body: '' } : comment;
}

export function readerSeesAnchor(anchor: Anchor, hidden: HiddenSets): boolean {
  if (hidden.claims.has(anchor.claimId)) return false;
  return anchor.source.kind !== 'comment' || !hidden.comments.has(anchor.source.commentId);
}

export function readerSeesRelation(relation: Relation, hidden: HiddenSets): boolean {
  return !hidden.claims.has(relation.from) && !hidden.claims.has(relation.to);
}

export function redactOverview(overview: DebateOverview, hidden: HiddenSets): DebateOverview {
  return {
    ...overview,
    claims: overview.claims.filter((c) => !hidden.claims.has(c.id) && c.hidden !== true),
    relations: overview.relations.filter((r) => readerSeesRelation(r, hidden)),
    anchors: overview.anchors.filter((a) => readerSeesAnchor(a, hidden)),
  };
}

/**
 * An event as a reader receives it, given what is hidden now: rows about hidden things become
 * removals (so applying the stream leaves the reader's copy as a fresh reader read would be).
 */
export function redactEvent(event: DebateEvent, hidden: HiddenSets): DebateEvent {
  const { before: _before, followedBy: _places, ...rest } = event;
  const claims = event.upsert.claims.filter((c) => !hidden.claims.has(c.id) && c.hidden !== true);
  const gone = new Set(event.upsert.claims.filter((c) => !claims.includes(c)).map((c) => c.id));
  const hiddenNow = event.upsert.comments.filter((c) => c.visibility === 'hidden').map((c) => c.id);
  const all: HiddenSets = {
    claims: new Set([...hidden.claims, ...gone]),
    comments: new Set([...hidden.comments, ...hiddenNow]),
  };
  const relations = event.upsert.relations.filter((r) => readerSeesRelation(r, all));
  const anchors = event.upsert.anchors.filter((a) => readerSeesAnchor(a, all));
  const dropped = <T extends { id: Id }>(list: readonly T[], kept: readonly T[]) =>
    list.filter((row) => !kept.includes(row)).map((row) => row.id);
  const followedBy = event.followedBy && readerFollowers(event.followedBy, all);
  return {
    ...rest,
    ...(followedBy ? { followedBy } : {}),
    upsert: {
      // A comment hidden now is served without its words even from an event older than the hide.
      comments: event.upsert.comments.map((c) =>
        all.comments.has(c.id) ? { ...c, body: '', visibility: 'hidden' as const } : c,
      ),
      claims,
      relations,
      anchors,
    },
    remove: {
      claims: [...event.remove.claims, ...gone],
      relations: [...event.remove.relations, ...dropped(event.upsert.relations, relations)],
      anchors: [...event.remove.anchors, ...dropped(event.upsert.anchors, anchors)],
    },
  };
}

/**
 * Where re-added rows go, without naming a hidden claim (a reader's list lacks it, so a claim
 * that followed one goes at the end of theirs, as a row whose follower is gone does).
 */
function readerFollowers(followedBy: FollowedBy, hidden: HiddenSets): FollowedBy | undefined {
  const claims = Object.entries(followedBy.claims ?? {}).filter(
    ([id, next]) => !hidden.claims.has(id) && !hidden.claims.has(next),
  );
  const kept: FollowedBy = {
    ...(claims.length > 0 ? { claims: Object.fromEntries(claims) } : {}),
    ...(followedBy.relations ? { relations: followedBy.relations } : {}),
  };
  return kept.claims || kept.relations ? kept : undefined;
}
