// The normalised claim graph: id-keyed Maps with adjacency lists, built once per data change so
// the map, the rules and the views look claims up in O(1) instead of scanning arrays.
import type { Claim, Id, Relation } from './model';

export interface ClaimGraph {
  claims: ReadonlyMap<Id, Claim>;
  /** Every relation by id, including ones whose ends are missing (the rules report those). */
  relations: ReadonlyMap<Id, Relation>;
  /** relations where the claim is `from`: the claims it supports/attacks (its parents) */
  outgoing: ReadonlyMap<Id, readonly Relation[]>;
  /** relations where the claim is `to`: its supporters and attackers (its children) */
  incoming: ReadonlyMap<Id, readonly Relation[]>;
  /** claim ids in input order */
  order: readonly Id[];
}

/**
 * Indexes claims and relations. Tolerant of bad data: on a duplicate id the first wins; relations
 * whose `from` or `to` is not a claim are kept in `relations` but left out of the adjacency lists,
 * so nothing downstream ever walks to a claim that is not there. Every claim has an (possibly
 * empty) entry in `outgoing` and `incoming`. Adjacency lists keep relation input order.
 */
export function buildGraph(claims: readonly Claim[], relations: readonly Relation[]): ClaimGraph {
  const claimMap = new Map<Id, Claim>();
  const order: Id[] = [];
  const outgoing = new Map<Id, Relation[]>();
  const incoming = new Map<Id, Relation[]>();
  for (const claim of claims) {
    if (claimMap.has(claim.id)) continue;
    claimMap.set(claim.id, claim);
    order.push(claim.id);
    outgoing.set(claim.id, []);
    incoming.set(claim.id, []);
  }
  const relationMap = new Map<Id, Relation>();
  for (const relation of relations) {
    if (relationMap.has(relation.id)) continue;
    relationMap.set(relation.id, relation);
    const out = outgoing.get(relation.from);
    const into = incoming.get(relation.to);
    if (!out || !into) continue;
    out.push(relation);
    into.push(relation);
  }
  return { claims: claimMap, relations: relationMap, outgoing, incoming, order };
}

/** Relations whose both ends exist, in input order: the edges the map and layout may draw. */
export function validRelations(graph: ClaimGraph): Relation[] {
  const result: Relation[] = [];
  for (const relation of graph.relations.values()) {
    if (graph.claims.has(relation.from) && graph.claims.has(relation.to)) result.push(relation);
  }
  return result;
}
