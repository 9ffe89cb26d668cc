// Hide a comment or claim from readers (a reason is required: the log must say why words were
// taken away), or show it again (a reason is optional).
import { useId, useState } from 'react';
import { useSetHidden } from '../../api/moderate';
import { Dialog } from '../../ui/dialog';
import { errorMessage } from '../../ui/status';

export interface HideTarget {
  what: 'comments' | 'claims';
  id: string;
  /** "comment 3 by Ann", "claim “…”": names the thing in the title. */
  label: string;
  /** True to hide it, false to show it again. */
  hide: boolean;
}

export function HideDialog({
  debateId,
  target,
  onClose,
}: {
  debateId: string;
  target: HideTarget;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const setHidden = useSetHidden(debateId);
  const reasonId = useId();
  const title = target.hide ? `Hide ${target.label}` : `Show ${target.label} again`;
  const submit = () => {
    if (target.hide && reason.trim() === '') {
      setProblem('Say why it is hidden: the reason is shown in the moderation log.');
      return;
    }
    setHidden.mutate(
      { what: target.what, id: target.id, hidden: target.hide, reason },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        className="composer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p>
          {target.hide
            ? 'Readers will no longer see it; moderators still do, marked as hidden.'
            : 'Readers will see it again.'}
        </p>
        <label htmlFor={reasonId}>{target.hide ? 'Reason' : 'Reason (optional)'}</label>
        <textarea
          id={reasonId}
          value={reason}
          maxLength={500}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${reasonId}-problem` : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setProblem(null);
          }}
        />
        {problem ? (
          <p id={`${reasonId}-problem`} className="form-error">
            {problem}
          </p>
        ) : null}
        {setHidden.isError ? (
          <p role="alert" className="form-error">
            Not changed: {errorMessage(setHidden.error)}
          </p>
        ) : null}
        <div className="composer__actions">
          <button type="submit" className="button" disabled={setHidden.isPending}>
            {target.hide ? 'Hide' : 'Show again'}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
