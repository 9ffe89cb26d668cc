// The merge dialog: the claims being merged, which wording survives (one of theirs, or new
// words), the preview of everything the merge does with its conflicts, then Confirm. The merge
// comes back as an event that updates the map; if someone merged or changed one of the claims
// first (409), the dialog shows the claims as they are now and offers to preview again.
import { type MergeCurrentAnswer, refusalReasons } from '../../api/merge-claims';
import type { usePreviewMerge } from '../../api/preview-merge';
import type { Claim, Id, Relation } from '../../domain/model';
import { Dialog } from '../../ui/dialog';
import { errorMessage } from '../../ui/status';
import { useMergeFlow } from './merge-flow';
import { claimsNow } from './merge-form';
import { MergePreviewView } from './merge-preview';
import { useMergeActions, useMergeDialogClaimIds } from './merge-store';
import { SurvivorFields } from './survivor-fields';
import '../../styles/merge.css';

export interface MergeDebate {
  id: string;
  claims: readonly Claim[];
  relations: readonly Relation[];
}

export function MergeDialog({ debate }: { debate: MergeDebate }) {
  const claimIds = useMergeDialogClaimIds();
  if (!claimIds) return null;
  return <MergeDialogForm key={claimIds.join(',')} debate={debate} claimIds={claimIds} />;
}

function MergeDialogForm({ debate, claimIds }: { debate: MergeDebate; claimIds: readonly Id[] }) {
  const { mergeClosed, mergeStarted } = useMergeActions();
  const flow = useMergeFlow(debate, claimIds);
  const { form, setForm, preview, merge, current, claimsById } = flow;
  return (
    <Dialog title="Merge claims" onClose={mergeClosed} className="dialog--wide">
      <div className="composer merge-dialog">
        {current ? (
          <StaleNotice
            current={current}
            message={errorMessage(merge.error)}
            onAgain={() => mergeStarted(claimsNow(claimIds, current.aliases))}
          />
        ) : null}
        <SurvivorFields
          claimIds={form.claimIds}
          claimsById={claimsById}
          survivor={form.survivor}
          onChange={(survivor) => setForm((f) => ({ ...f, survivor }))}
        />
        <div className="text-field">
          <label htmlFor="merge-reason">Why (shown in the moderation log)</label>
          <input
            id="merge-reason"
            value={form.reason}
            onChange={(event) => setForm((f) => ({ ...f, reason: event.target.value }))}
          />
        </div>
        {flow.problem ? <p className="composer__where">{flow.problem}</p> : null}
        <PreviewState preview={preview} />
        {preview.data ? (
          <MergePreviewView
            preview={preview.data}
            claimsById={claimsById}
            stances={form.stances}
            onStance={(key, kind) =>
              setForm((f) => ({ ...f, stances: { ...f.stances, [key]: kind } }))
            }
          />
        ) : null}
        {preview.data && preview.data.blocking.length > 0 ? (
          <div role="alert" className="form-error">
            <p>The merge cannot be made yet:</p>
            <ul>
              {preview.data.blocking.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {merge.isError && !current ? <MergeError error={merge.error} /> : null}
        <div className="composer__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!flow.ready || merge.isPending || current !== null}
            onClick={flow.confirm}
          >
            {merge.isPending ? 'Merging…' : 'Confirm merge'}
          </button>
          <button type="button" className="button" onClick={mergeClosed}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function PreviewState({ preview }: { preview: ReturnType<typeof usePreviewMerge> }) {
  if (preview.isPending) return <p role="status">Working out what the merge would do…</p>;
  if (preview.isError) {
    const reasons = refusalReasons(preview.error);
    return (
      <div role="alert" className="form-error">
        <p>No preview: {errorMessage(preview.error)}</p>
        {reasons.length > 0 ? (
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return null;
}

function MergeError({ error }: { error: unknown }) {
  const reasons = refusalReasons(error);
  return (
    <div role="alert" className="form-error">
      <p>Not merged: {errorMessage(error)}</p>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A 409: someone merged or changed a claim first. What the claims are now, and a way on. */
function StaleNotice({
  current,
  message,
  onAgain,
}: {
  current: MergeCurrentAnswer;
  message: string;
  onAgain: () => void;
}) {
  const merged = Object.entries(current.aliases);
  return (
    <div role="alert" className="form-error merge-dialog__stale">
      <p>Not merged: {message}</p>
      <p>The claims now:</p>
      <ul>
        {current.claims.map((claim) => (
          <li key={claim.id}>
            <q>{claim.text}</q>
          </li>
        ))}
        {merged.map(([id, into]) => (
          <li key={id}>
            “{id}” was merged into “{into}”.
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onAgain}>
        Preview again
      </button>
    </div>
  );
}
