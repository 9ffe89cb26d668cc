// Every wording a claim has had. A write that changes a claim's text (an edit, or an undo of
// one) appends the new wording; the first time, the wording it replaced is kept as revision 1.
import type { Id } from '../model';
import type { EventDraft } from '../writes';
import type { ClaimRevision } from './commands';

export interface RevisionRow {
  claimId: Id;
  revision: ClaimRevision;
}

/**
 * The revisions `draft` adds, given how many each claim already has. Claims whose text the
 * draft does not change (hiding, merging, new claims) add none.
 */
export function revisionsOf(
  draft: Pick<EventDraft, 'upsert' | 'before'>,
  meta: { seq: number; at: string; actorId: Id | null },
  countOf: (claimId: Id) => number,
): RevisionRow[] {
  const rows: RevisionRow[] = [];
  for (const claim of draft.upsert.claims) {
    const was = draft.before?.claims.find((c) => c.id === claim.id);
    if (!was || was.text === claim.text) continue;
    let count = countOf(claim.id);
    if (count === 0) {
      rows.push({
        claimId: claim.id,
        revision: { revision: 1, text: was.text, at: meta.at, actorId: null, seq: null },
      });
      count = 1;
    }
    rows.push({
      claimId: claim.id,
      revision: {
        revision: count + 1,
        text: claim.text,
        at: meta.at,
        actorId: meta.actorId,
        seq: meta.seq,
      },
    });
  }
  return rows;
}
