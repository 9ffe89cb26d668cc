// On the selected claim's details (map and outline): gather it for a merge ("Add to merge", then
// "Merge N claims…" once two are gathered), and on a claim that others were merged into, what
// it was merged from with Unmerge (a blocked unmerge shows its reason). Drawn from the
// permission table: hidden from readers, disabled with the reason for other accounts.
import { useId } from 'react';
import { useMergesInto } from '../../api/list-merges';
import { useUnmergeClaims } from '../../api/unmerge-claims';
import { useCan } from '../../api/use-can';
import type { Claim, Id } from '../../domain/model';
import type { Allowed } from '../../domain/permissions';
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
      <Guarded
        allowed={allowed}
        pressed={isGathered}
        onClick={() => (isGathered ? claimUngathered(claim.id) : claimGathered(claim.id))}
      >
        {isGathered ? 'Added to merge' : 'Add to merge'}
      </Guarded>
      {allowed.ok && gathered.length >= 2 ? (
        <button type="button" className="button" onClick={() => mergeStarted(gathered)}>
          Merge {gathered.length} claims…
        </button>
      ) : null}
      {mergedFrom}
    </span>
  );
}

function Guarded({
  allowed,
  pressed,
  onClick,
  children,
}: {
  allowed: Allowed;
  pressed: boolean;
  onClick: () => void;
  children: string;
}) {
  const reasonId = useId();
  if (!allowed.ok) {
    return (
      <>
        <button
          type="button"
          className="button"
          disabled
          title={allowed.reason}
          aria-describedby={reasonId}
        >
          {children}
        </button>
        <span id={reasonId} className="visually-hidden">
          {allowed.reason}
        </span>
      </>
    );
  }
  return (
    <button type="button" className="button" aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
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
