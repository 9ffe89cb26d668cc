// Claim revisions in SQL: the rows a write that changes a claim's wording adds to
// claim_revisions (revisionsOf decides which), in the write's transaction and under the debate's
// lock, with the seq its event is about to take (nextSeq). Used by moderation (edits, undos) and
// by merges (one may reword its survivor) and unmerges (which give it its wording back).
import type { Id } from '../../src/domain/model';
import { revisionsOf } from '../../src/domain/moderation/revisions';
import type { EventDraft } from '../../src/domain/writes';
import type { SqlClient } from '../db/sql-client';

/** The seq the next event of the debate takes; call under the debate's lock (runWrite). */
export async function nextSeq(tx: SqlClient, debateId: Id): Promise<number> {
  const [row] = await tx.query<{ seq: number }>(
    'select seq::int as seq from debates where id = $1',
    [debateId],
  );
  return (row?.seq ?? 0) + 1;
}

/**
 * Appends the revisions `draft` makes (none when no claim's text changes). Without `meta.seq`
 * it is read (nextSeq) only when there is a revision to write.
 */
export async function writeRevisions(
  tx: SqlClient,
  debateId: Id,
  draft: Pick<EventDraft, 'upsert' | 'before'>,
  meta: { seq?: number; at: string; actorId: Id },
): Promise<void> {
  const changed = draft.upsert.claims.filter((claim) => {
    const was = draft.before?.claims.find((c) => c.id === claim.id);
    return was !== undefined && was.text !== claim.text;
  });
  if (changed.length === 0) return;
  const counts = new Map<Id, number>();
  for (const claim of changed) {
    const [row] = await tx.query<{ n: number }>(
      'select count(*)::int as n from claim_revisions where debate_id = $1 and claim_id = $2',
      [debateId, claim.id],
    );
    counts.set(claim.id, row?.n ?? 0);
  }
  const seq = meta.seq ?? (await nextSeq(tx, debateId));
  const countOf = (id: Id) => counts.get(id) ?? 0;
  for (const { claimId, revision: r } of revisionsOf(draft, { ...meta, seq }, countOf)) {
    await tx.query(
      `insert into claim_revisions (debate_id, claim_id, revision, text, at, actor_id, seq)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [debateId, claimId, r.revision, r.text, r.at, r.actorId, r.seq],
    );
  }
}
