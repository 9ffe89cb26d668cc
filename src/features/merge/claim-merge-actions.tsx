import { useMergesInto } from '../../api/list-merges';
import { useUnmergeClaims } from '../../api/unmerge-claims';
import { useCan } from '../../api/use-can';
import type { Claim, Id } from '../../domain/model';
import { GuardedButton } from '../../ui/guarded-button';
import { errorMessage } from '../../ui/status';
import { useGatheredClaimIds, useMergeActions } from './merge-store';

export function ClaimMergeActions({ debateId, claim }: { debateId: Id; claim: Claim }) {
  const allowed = useCan('claims.merge', debateId);
  const gathered = useGatheredClaimIds();
  const { claimGathered, claimUngathered, mergeStarted } = useMergeActions();
  // Everyone sees what a claim was merged from; only moderators can unmerge it.
  const mergedFrom = claim.phrasings ? (
    <MergedFrom debateId={debateId} claim={claim} canUnmerge={allowed?.ok === true} />
  ) : null;
  if (!allowed || (!allowed.ok && allowed.status === 401)) return mergedFrom;
  const isGathered = gathered.includes(claim.id);
  return (
    <span className="claim-merge-actions">
      <GuardedButton
        allowed={allowed}
        pressed={isGathered}
        onClick={() => (isGathered ? claimUngathered(claim.id) : claimGathered(claim.id))}
      >
        {isGathered ? 'Added to merge' : 'Add to merge'}
      </GuardedButton>
      {allowed.ok && gathered.length >= 2 ? (
        <button type="button" className="button" onClick={() => mergeStarted(gathered)}>
          Merge {gathered.length} claims…
        </button>
      ) : null}
      {mergedFrom}
    </span>
  );
}

/** "Merged from: …" (its other wordings), and for moderators each merge into it with Unmerge. */
function MergedFrom({
  debateId,
  claim,
  canUnmerge,
}: {
  debateId: Id;
  claim: Claim;
  canUnmerge: boolean;
}) {
  const merges = useMergesInto(debateId, claim.id, canUnmerge && claim.aliases !== undefined);
  const unmerge = useUnmergeClaims(debateId);
  return (
    <span className="merged-from">
      <span>
        Merged from:{' '}
        {(claim.phrasings ?? []).map((p, i) => (
          <span key={p}>
            {i > 0 ? '; ' : ''}
            <q>{p}</q>
          </span>
        ))}
      </span>
      {(canUnmerge ? (merges.data ?? []) : []).map((entry) => (
        <span key={entry.seq} className="merged-from__entry">
          {entry.blocked ? (
            <span>
              Merge {entry.seq}: {entry.blocked}
            </span>
          ) : (
            <button
              type="button"
              className="button"
              disabled={unmerge.isPending}
              onClick={() => unmerge.mutate({ seq: entry.seq })}
            >
              Unmerge{merges.data && merges.data.length > 1 ? ` (merge ${entry.seq})` : ''}
            </button>
          )}
        </span>
      ))}
      {unmerge.isError ? (
        <span role="alert" className="form-error">
          Not unmerged: {errorMessage(unmerge.error)}
        </span>
      ) : null}
    </span>
  );
}
