// A merge removes claims (those folded in) and relations (dropped by a conflict's resolution);
// the order of both lists is visible (children in the map and outline, roots), so the merge's
// event records where each removed row sat (followedBy) and its unmerge carries that back, for
// every store and client to put the rows back in place (list-order.ts).

import { followersIn } from '../list-order';
import type { Debate } from '../model';
import type { EventDraft } from '../writes';

/** `draft` (a merge) with where its removed claims and relations sit in `lists`. */
export function withPlaces(
  draft: EventDraft,
  lists: Pick<Debate, 'claims' | 'relations'>,
): EventDraft {
  return withFollowers(draft, {
    claims: followersIn(lists.claims, draft.remove.claims),
    relations: followersIn(lists.relations, draft.remove.relations),
  });
}

/** `draft` with `followers`, leaving out a list with none (most merges remove no relation). */
export function withFollowers(
  draft: EventDraft,
  followers: { claims: Record<string, string>; relations: Record<string, string> },
): EventDraft {
  const followedBy = {
    ...(Object.keys(followers.claims).length > 0 ? { claims: followers.claims } : {}),
    ...(Object.keys(followers.relations).length > 0 ? { relations: followers.relations } : {}),
  };
  return Object.keys(followedBy).length > 0 ? { ...draft, followedBy } : draft;
}
