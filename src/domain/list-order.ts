// Where rows go when they come back into a list. The order of the claims and relations lists is
// visible (a claim's children in the map and outline follow relation order; roots follow claim
// order), so rows an event removes and a later event adds back (a merge and its unmerge) carry
// the id of the row that followed them, and go back right before it. Used the same way by
// applyEvent (memory store, clients, replays) and by the SQL store, so both agree row for row.
import type { Id } from './model';

/** Per list, row id → the id of the row right after it (absent: it was last). */
export type Followers = Readonly<Record<Id, Id>>;

export interface Placement {
  /** Id of a row in the list → the added rows that go right before it, in order. */
  before: Map<Id, Id[]>;
  /** Added rows that go at the end (no follower, or it is gone), in the order they were given. */
  atEnd: Id[];
}

/**
 * Where `added` rows (ids not in the list) go. A row followed by another added row goes before
 * that one, and so on along the chain to a row `present` in the list, before which the whole
 * chain goes; a chain that ends at no present row goes at the end. Malformed followers (a loop,
 * two rows claiming one follower) send the rows involved to the end instead of failing.
 */
export function placeAdded(
  added: readonly Id[],
  followers: Followers,
  present: (id: Id) => boolean,
): Placement {
  const adding = new Set(added);
  const targeted = new Set(
    added.flatMap((id) => (adding.has(followers[id] ?? '') ? [followers[id] as Id] : [])),
  );
  const before = new Map<Id, Id[]>();
  const placed = new Set<Id>();
  for (const head of added) {
    if (targeted.has(head)) continue;
    const chain = [head];
    let next = followers[head];
    while (next !== undefined && adding.has(next) && !placed.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = followers[next];
    }
    if (next === undefined || adding.has(next) || !present(next)) continue;
    before.set(next, [...(before.get(next) ?? []), ...chain]);
    for (const id of chain) placed.add(id);
  }
  return { before, atEnd: added.filter((id) => !placed.has(id)) };
}

/** `ids` each with the row after it in `list` (the last has none): what a removal records. */
export function followersIn(list: readonly { id: Id }[], ids: readonly Id[]): Record<Id, Id> {
  const wanted = new Set(ids);
  const followers: Record<Id, Id> = {};
  list.forEach((row, i) => {
    const next = list[i + 1];
    if (wanted.has(row.id) && next !== undefined) followers[row.id] = next.id;
  });
  return followers;
}
