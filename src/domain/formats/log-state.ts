// A debate's rows as id-keyed Maps, changed event by event exactly as applyEvent changes its
// lists (a Map keeps a replaced key in place, appends a new one and forgets a deleted one, as
// upsertById and removal do), with the indexes that let each event be checked against the
// model's invariants in time proportional to the event, not to the debate.

import { commentPlainText } from '../comment-text';
import type { EventRemove, EventUpsert, FollowedBy } from '../events';
import { type Followers, placeAdded } from '../list-order';
import { aliasProblems } from '../merge/alias-rules';
import type { Anchor, Claim, Comment, Id, Post, Relation } from '../model';
import { checkLink } from '../rules';
import { postText } from '../text';

type Kind = keyof EventUpsert;

export interface LogRows {
  comments: Map<Id, Comment>;
  claims: Map<Id, Claim>;
  relations: Map<Id, Relation>;
  anchors: Map<Id, Anchor>;
}

const pairKey = (r: { from: Id; to: Id }) => JSON.stringify([r.from, r.to]);

function bump(counts: Map<Id, number>, id: Id, by: number): void {
  const next = (counts.get(id) ?? 0) + by;
  if (next === 0) counts.delete(id);
  else counts.set(id, next);
}

export class LogState {
  readonly rows: LogRows = {
    comments: new Map(),
    claims: new Map(),
    relations: new Map(),
    anchors: new Map(),
  };
  /** Relations and anchors that name each claim: a claim still named may not be removed. */
  private readonly claimUses = new Map<Id, number>();
  /** The relation joining each (from, to) pair: a second one is a duplicate. */
  private readonly pairs = new Map<string, Id>();
  /** Anchor ids by the comment they are in, re-checked when the comment's words change. */
  private readonly anchorsIn = new Map<Id, Set<Id>>();
  private readonly postText: string;
  private aliasCount = 0;

  constructor(post: Post) {
    this.postText = postText(post);
  }

  /**
   * Applies one event's upserts, then its removals (as applyEvent does), putting re-added
   * claims and relations where `followedBy` says (list-order.ts).
   */
  apply(upsert: EventUpsert, remove: EventRemove, followedBy?: FollowedBy): void {
    const addedClaims = upsert.claims.filter((c) => !this.rows.claims.has(c.id)).map((c) => c.id);
    const addedRelations = upsert.relations
      .filter((r) => !this.rows.relations.has(r.id))
      .map((r) => r.id);
    for (const comment of upsert.comments) this.rows.comments.set(comment.id, comment);
    for (const claim of upsert.claims) this.setClaim(claim);
    for (const relation of upsert.relations) this.setRelation(relation);
    for (const anchor of upsert.anchors) this.setAnchor(anchor);
    placeIn(this.rows.claims, addedClaims, followedBy?.claims);
    placeIn(this.rows.relations, addedRelations, followedBy?.relations);
    for (const id of remove.claims) this.deleteClaim(id);
    for (const id of remove.relations) this.deleteRelation(id);
    for (const id of remove.anchors) this.deleteAnchor(id);
  }

  private setClaim(claim: Claim): void {
    this.aliasCount += (claim.aliases?.length ?? 0) - this.aliasesOf(claim.id);
    this.rows.claims.set(claim.id, claim);
  }

  private aliasesOf(id: Id): number {
    return this.rows.claims.get(id)?.aliases?.length ?? 0;
  }

  private deleteClaim(id: Id): void {
    this.aliasCount -= this.aliasesOf(id);
    this.rows.claims.delete(id);
  }

  private setRelation(relation: Relation): void {
    this.unindexRelation(relation.id);
    this.rows.relations.set(relation.id, relation);
    bump(this.claimUses, relation.from, 1);
    bump(this.claimUses, relation.to, 1);
    const key = pairKey(relation);
    if (!this.pairs.has(key)) this.pairs.set(key, relation.id);
  }

  // Unindexing, not deleting, before a set: delete-then-set would move a replaced row to the end.
  private unindexRelation(id: Id): void {
    const old = this.rows.relations.get(id);
    if (!old) return;
    bump(this.claimUses, old.from, -1);
    bump(this.claimUses, old.to, -1);
    if (this.pairs.get(pairKey(old)) === id) this.pairs.delete(pairKey(old));
  }

  private deleteRelation(id: Id): void {
    this.unindexRelation(id);
    this.rows.relations.delete(id);
  }

  private setAnchor(anchor: Anchor): void {
    this.unindexAnchor(anchor.id);
    this.rows.anchors.set(anchor.id, anchor);
    bump(this.claimUses, anchor.claimId, 1);
    if (anchor.source.kind === 'comment') {
      const set = this.anchorsIn.get(anchor.source.commentId) ?? new Set();
      set.add(anchor.id);
      this.anchorsIn.set(anchor.source.commentId, set);
    }
  }

  private unindexAnchor(id: Id): void {
    const old = this.rows.anchors.get(id);
    if (!old) return;
    bump(this.claimUses, old.claimId, -1);
    if (old.source.kind === 'comment') this.anchorsIn.get(old.source.commentId)?.delete(id);
  }

  private deleteAnchor(id: Id): void {
    this.unindexAnchor(id);
    this.rows.anchors.delete(id);
  }

  /** The first invariant the rows an event touched now break, in words; null when none. */
  problemAfter(upsert: EventUpsert, remove: EventRemove): string | null {
    for (const comment of upsert.comments) {
      if (comment.parentId === comment.id) return `comment "${comment.id}" replies to itself`;
      for (const anchorId of this.anchorsIn.get(comment.id) ?? []) {
        const problem = this.anchorProblem(anchorId);
        if (problem) return problem;
      }
    }
    for (const { id } of upsert.relations) {
      const problem = this.relationProblem(id);
      if (problem) return problem;
    }
    for (const { id } of upsert.anchors) {
      const problem = this.anchorProblem(id);
      if (problem) return problem;
    }
    for (const id of remove.claims) {
      if (this.claimUses.has(id))
        return `claim "${id}" is removed while a relation or anchor names it`;
    }
    if (upsert.claims.length > 0 && this.aliasCount > 0) {
      const [problem] = aliasProblems([...this.rows.claims.values()]);
      if (problem) return problem;
    }
    return null;
  }

  private relationProblem(id: Id): string | null {
    const relation = this.rows.relations.get(id);
    if (!relation) return null;
    const claims = this.rows.claims;
    const check = checkLink(relation, {
      hasClaim: (claimId) => claims.has(claimId),
      existing: (from, to) => {
        const other = this.pairs.get(pairKey({ from, to }));
        return other === undefined || other === id ? undefined : this.rows.relations.get(other);
      },
    });
    return check.ok ? null : `relation "${id}": ${check.reason}`;
  }

  private anchorProblem(id: Id): string | null {
    const anchor = this.rows.anchors.get(id);
    if (!anchor) return null;
    const label = `anchor "${id}"`;
    if (!this.rows.claims.has(anchor.claimId)) {
      return `${label} belongs to missing claim "${anchor.claimId}"`;
    }
    const { source } = anchor;
    const comment = source.kind === 'comment' ? this.rows.comments.get(source.commentId) : null;
    if (comment === undefined) return `${label} is in a missing comment`;
    if (anchor.orphaned) return null;
    const text = comment === null ? this.postText : commentPlainText(comment.body);
    const found = text.slice(anchor.position.start, anchor.position.end);
    return found === anchor.quote.exact ? null : `${label}: its quote is not at its position`;
  }
}

/** `rows` (new keys last, as a Map appends them) with the `added` keys moved where placeAdded says. */
function placeIn<T>(rows: Map<Id, T>, added: readonly Id[], followers: Followers | undefined) {
  if (!followers || added.length === 0) return;
  const adding = new Map(added.map((id) => [id, rows.get(id) as T]));
  const { before, atEnd } = placeAdded(added, followers, (id) => rows.has(id) && !adding.has(id));
  if (before.size === 0) return;
  const kept = [...rows.entries()].filter(([id]) => !adding.has(id));
  rows.clear();
  for (const [id, row] of kept) {
    for (const moved of before.get(id) ?? []) rows.set(moved, adding.get(moved) as T);
    rows.set(id, row);
  }
  for (const id of atEnd) rows.set(id, adding.get(id) as T);
}

/** The rows of `kind` in the order applyEvent would list them. */
export function listed<K extends Kind>(state: LogState, kind: K): EventUpsert[K] {
  return [...state.rows[kind].values()] as EventUpsert[K];
}
