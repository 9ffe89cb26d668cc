// The debate's moderation log: who did what, when and why, newest first, each entry with Undo
// when it can be undone, or the reason it cannot. An undo the server refuses (a later change
// stands in the way) shows the server's reason on its entry.
import { useId } from 'react';
import { type ModerationLogEntry, useModerationLog, useUndoEntry } from '../../api/moderation-log';
import { errorMessage, FormattedDate } from '../../ui/status';

export function ModerationLog({ debateId }: { debateId: string }) {
  const log = useModerationLog(debateId, true);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="moderation__log">
      <h3 id={headingId}>Moderation log</h3>
      {log.isPending ? <p>Loading the log…</p> : null}
      {log.isError ? <p className="form-error">{errorMessage(log.error)}</p> : null}
      {log.isSuccess && log.data.entries.length === 0 ? (
        <p>Nothing has been moderated yet.</p>
      ) : null}
      <ol>
        {log.data?.entries.map((entry) => (
          <LogEntry key={entry.seq} debateId={debateId} entry={entry} />
        ))}
      </ol>
    </section>
  );
}

function LogEntry({ debateId, entry }: { debateId: string; entry: ModerationLogEntry }) {
  const undo = useUndoEntry(debateId);
  const id = useId();
  return (
    <li className="moderation__entry" aria-labelledby={`${id}-what`}>
      <p id={`${id}-what`}>{entry.summary}</p>
      <p className="moderation__meta">
        {entry.actor?.name ?? 'someone'}, <FormattedDate value={entry.at} />
        {' · '}
        {entry.reason ? `Why: ${entry.reason}` : 'no reason given'}
      </p>
      {entry.undo.ok ? (
        <button
          type="button"
          className="button button--quiet"
          disabled={undo.isPending}
          onClick={() => {
            if (entry.undo.ok) undo.mutate({ path: entry.undo.path });
          }}
        >
          Undo <span className="visually-hidden">entry {entry.seq}</span>
        </button>
      ) : (
        <p className="moderation__meta">Cannot be undone: {entry.undo.reason}</p>
      )}
      {undo.isError ? (
        <p role="alert" className="form-error">
          Not undone: {errorMessage(undo.error)}
        </p>
      ) : null}
    </li>
  );
}
