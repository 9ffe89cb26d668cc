// Old ids of merged claims keep working: a reply, a mark or a link naming a claim that was
// merged away lands on the claim it was merged into. Stores resolve inside the write's
// transaction, so a reply sent while its claim is being merged lands on the survivor.
import type { MarkClaim, NewComment } from '../commands';
import type { Claim, Id } from '../model';

/** The claim ids a reply names (target, existing point), which may be old ids. */
export function replyClaimIds(input: NewComment): Id[] {
  const reply = input.reply;
  if (!reply) return [];
  const point = reply.point?.kind === 'existing' ? [reply.point.claimId] : [];
  return [reply.targetClaimId, ...point];
}

/** `input` with every claim id it names replaced by `resolve(id)` (ids not merged unchanged). */
export function resolveReply(input: NewComment, resolve: (id: Id) => Id): NewComment {
  const reply = input.reply;
  if (!reply) return input;
  const point =
    reply.point?.kind === 'existing'
      ? { kind: 'existing' as const, claimId: resolve(reply.point.claimId) }
      : reply.point;
  return {
    ...input,
    reply: {
      ...reply,
      targetClaimId: resolve(reply.targetClaimId),
      ...(point ? { point } : {}),
    },
  };
}

/** The claim ids a mark names (its relation's target, the existing claim), which may be old. */
export function markClaimIds(input: MarkClaim): Id[] {
  return [input.relation?.to, input.claimId].filter((id): id is Id => id !== undefined);
}

/** `input` with the claims it names (relation target, existing claim) resolved. */
export function resolveMark(input: MarkClaim, resolve: (id: Id) => Id): MarkClaim {
  return {
    ...input,
    ...(input.relation ? { relation: { ...input.relation, to: resolve(input.relation.to) } } : {}),
    ...(input.claimId === undefined ? {} : { claimId: resolve(input.claimId) }),
  };
}

/** A resolver over an alias map: the survivor for a merged id, else the id itself. */
export function resolverOf(aliases: ReadonlyMap<Id, Id>): (id: Id) => Id {
  return (id) => aliases.get(id) ?? id;
}

/** The claim `id` names now: itself, or the claim it was merged into; undefined when neither. */
export function claimNamed<C extends Claim>(claims: readonly C[], id: Id): C | undefined {
  return claims.find((c) => c.id === id) ?? claims.find((c) => c.aliases?.includes(id));
}
