// The state a merge or an unmerge needs, read from a whole Debate: what the memory store and the
// tests use. The SQL store loads the same rows with index lookups (server/store/sql-merge.ts).

import type { MarkClaim, NewComment } from '../commands';
import type { DebateEvent } from '../events';
import type { Debate, Id } from '../model';
import { markClaimIds, replyClaimIds, resolveMark, resolveReply, resolverOf } from './aliases';
import type { MergeState } from './plan-merge';
import { restoredEnds, type UnmergeState } from './plan-unmerge';

/** id → the claim it was merged into, for every alias in `claims`. */
export function aliasIndex(claims: Debate['claims']): Map<Id, Id> {
  const index = new Map<Id, Id>();
  for (const claim of claims) {
    for (const alias of claim.aliases ?? []) index.set(alias, claim.id);
  }
  return index;
}

export function mergeStateOf(debate: Debate, claimIds: readonly Id[]): MergeState {
  const wanted = new Set(claimIds);
  const claims = new Map(debate.claims.filter((c) => wanted.has(c.id)).map((c) => [c.id, c]));
  const all = aliasIndex(debate.claims);
  const aliases = new Map<Id, Id>();
  for (const id of claimIds) {
    const to = all.get(id);
    if (to !== undefined) aliases.set(id, to);
  }
  const present = (id: Id) => claims.has(id);
  return {
    claims,
    aliases,
    relations: debate.relations.filter((r) => present(r.from) || present(r.to)),
    anchors: debate.anchors.filter((a) => present(a.claimId)),
    replies: debate.comments.filter((c) => c.target !== undefined && present(c.target.claimId)),
    // Every relation: the walk up from the merged claims reads only what it reaches.
    upward: debate.relations,
  };
}

/** The current rows of everything `merge` wrote or removed. */
export function unmergeStateOf(debate: Debate, merge: DebateEvent): UnmergeState {
  const ids = touchedIds(merge);
  const pick = <T extends { id: Id }>(rows: readonly T[], wanted: ReadonlySet<Id>) =>
    new Map(rows.filter((r) => wanted.has(r.id)).map((r) => [r.id, r]));
  return {
    claims: pick(debate.claims, ids.claims),
    relations: pick(debate.relations, ids.relations),
    anchors: pick(debate.anchors, ids.anchors),
    comments: pick(debate.comments, ids.comments),
    claimsNow: new Set(restoredEnds(merge).filter((id) => debate.claims.some((c) => c.id === id))),
  };
}

/** The ids of every row an event upserted, removed or recorded as before. */
export function touchedIds(event: DebateEvent) {
  const ids = <T extends { id: Id }>(...lists: (readonly T[] | undefined)[]) =>
    new Set(lists.flatMap((l) => (l ?? []).map((r) => r.id)));
  const { upsert, remove, before } = event;
  return {
    claims: new Set([...ids(upsert.claims, before?.claims), ...remove.claims]),
    relations: new Set([...ids(upsert.relations, before?.relations), ...remove.relations]),
    anchors: new Set([...ids(upsert.anchors, before?.anchors), ...remove.anchors]),
    comments: ids(upsert.comments, before?.comments),
  };
}

/** `input` with claim ids of merged claims replaced by their survivors' (memory adapter). */
export function resolveReplyIn(debate: Debate, input: NewComment): NewComment {
  const ids = replyClaimIds(input);
  if (ids.every((id) => debate.claims.some((c) => c.id === id))) return input;
  return resolveReply(input, resolverOf(aliasIndex(debate.claims)));
}

export function resolveMarkIn(debate: Debate, input: MarkClaim): MarkClaim {
  const ids = markClaimIds(input);
  if (ids.every((id) => debate.claims.some((c) => c.id === id))) return input;
  return resolveMark(input, resolverOf(aliasIndex(debate.claims)));
}
