// Edit a claim's wording: the new words and why, and below them the claim's History, every
// wording it has had with who set it and when (revision 1 is the wording before any edit).
import { useId, useState } from 'react';
import { useClaimHistory } from '../../api/claim-history';
import { useEditClaimWording } from '../../api/moderate';
import type { Claim } from '../../domain/model';
import { Dialog } from '../../ui/dialog';
import { errorMessage, FormattedDate } from '../../ui/status';
import { OptionalReason } from './optional-reason';
import { useActorNames } from './use-moderation';

export function EditWordingDialog({
  debateId,
  claim,
  onClose,
}: {
  debateId: string;
  claim: Claim;
  onClose: () => void;
}) {
  const [text, setText] = useState(claim.text);
  const [reason, setReason] = useState('');
  const edit = useEditClaimWording(debateId);
  const id = useId();
  const unchanged = text.trim() === claim.text.trim();
  return (
    <Dialog title="Edit the claim's wording" onClose={onClose}>
      <form
        className="composer"
        onSubmit={(event) => {
          event.preventDefault();
          if (unchanged || text.trim() === '') return;
          edit.mutate(
            { claimId: claim.id, text: text.trim(), ...(reason.trim() ? { reason } : {}) },
            { onSuccess: onClose },
          );
        }}
      >
        <label htmlFor={`${id}-text`}>Wording</label>
        <textarea
          id={`${id}-text`}
          value={text}
          maxLength={1000}
          onChange={(event) => setText(event.target.value)}
        />
        <OptionalReason
          id={id}
          reason={reason}
          onReason={setReason}
          error={edit.isError ? edit.error : null}
          refusedAs="Not saved"
        />
        <div className="composer__actions">
          <button
            type="submit"
            className="button"
            disabled={edit.isPending || unchanged || text.trim() === ''}
          >
            Save wording
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
      <ClaimHistory debateId={debateId} claim={claim} />
    </Dialog>
  );
}

function ClaimHistory({ debateId, claim }: { debateId: string; claim: Claim }) {
  const history = useClaimHistory(debateId, claim.id);
  const names = useActorNames(debateId);
  const headingId = useId();
  if (history.isPending) return <p>Loading the history…</p>;
  if (history.isError) return <p className="form-error">{errorMessage(history.error)}</p>;
  // A claim never edited has no revisions stored: its one wording is its original.
  const revisions =
    history.data.revisions.length > 0
      ? [...history.data.revisions].reverse()
      : [{ revision: 1, text: claim.text, at: null, actorId: null, seq: null }];
  return (
    <section aria-labelledby={headingId} className="moderation__history">
      <h3 id={headingId}>History</h3>
      <ol>
        {revisions.map((r) => (
          <li key={r.revision}>
            <q>{r.text}</q>{' '}
            <span className="moderation__meta">
              {r.seq === null
                ? 'original wording'
                : `by ${(r.actorId && names.get(r.actorId)) ?? 'a moderator'}`}
              {r.at ? (
                <>
                  , <FormattedDate value={r.at} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
