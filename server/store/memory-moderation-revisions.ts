// Claim revisions in memory: one record per store, shared by the writes that change a claim's
// wording (moderation's edits and undos, merges that reword a survivor, and their unmerges).
// Each appends inside the write's turn with the seq its event is about to take.
import type { Id } from '../../src/domain/model';
import type { ClaimRevision } from '../../src/domain/moderation/commands';
import { revisionsOf } from '../../src/domain/moderation/revisions';
import type { EventDraft } from '../../src/domain/writes';

export interface MemoryRevisions {
  /** Appends the revisions `draft` makes (none when no claim's text changes). */
  record(
    debateId: Id,
    draft: Pick<EventDraft, 'upsert' | 'before'>,
    meta: { seq: number; at: string; actorId: Id },
  ): void;
  /** Every wording the claim has had, oldest first (a copy). */
  history(debateId: Id, claimId: Id): ClaimRevision[];
}

export function createMemoryRevisions(): MemoryRevisions {
  const revisions = new Map<string, ClaimRevision[]>();
  const key = (debateId: Id, claimId: Id) => `${debateId}\u0000${claimId}`;
  return {
    record(debateId, draft, meta) {
      const countOf = (id: Id) => revisions.get(key(debateId, id))?.length ?? 0;
      for (const row of revisionsOf(draft, meta, countOf)) {
        const list = revisions.get(key(debateId, row.claimId)) ?? [];
        list.push(row.revision);
        revisions.set(key(debateId, row.claimId), list);
      }
    },
    history(debateId, claimId) {
      return structuredClone(revisions.get(key(debateId, claimId)) ?? []);
    },
  };
}
