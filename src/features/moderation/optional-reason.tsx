// The end of a moderator's edit form: an optional reason for the log, and why the last try was
// refused. Shared by the wording and relation dialogs.
import { errorMessage } from '../../ui/status';

export function OptionalReason({
  id,
  reason,
  onReason,
  error,
  refusedAs,
}: {
  id: string;
  reason: string;
  onReason: (reason: string) => void;
  /** The last attempt's error, if it failed. */
  error: unknown;
  /** What the alert starts with: "Not saved", "Not changed". */
  refusedAs: string;
}) {
  return (
    <>
      <label htmlFor={`${id}-reason`}>Reason (optional)</label>
      <input
        id={`${id}-reason`}
        value={reason}
        maxLength={500}
        onChange={(event) => onReason(event.target.value)}
      />
      {error ? (
        <p role="alert" className="form-error">
          {refusedAs}: {errorMessage(error)}
        </p>
      ) : null}
    </>
  );
}
