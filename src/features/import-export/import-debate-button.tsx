// "Import a debate" on the debates list: opens the import dialog for those the permission table
// lets import (site moderators and admins); everyone else sees the table's reason instead.
import { useId, useState } from 'react';
import { useSession } from '../../api/get-session';
import { type Actor, COMMENTER, can } from '../../domain/permissions';
import { ImportDialog } from './import-dialog';
import '../../styles/import-export.css';

export function ImportDebateButton() {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  if (session.isPending) return null;
  const user = session.data?.user ?? null;
  const actor: Actor = user ? { user, roles: session.data?.roles ?? COMMENTER } : null;
  const allowed = can(actor, 'debate.import');
  if (!allowed.ok) {
    return (
      <p className="import-entry import-entry--refused" id={reasonId}>
        <span className="import-entry__label">Import a debate:</span> {allowed.reason}
      </p>
    );
  }
  return (
    <div className="import-entry">
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Import a debate
      </button>
      {open ? <ImportDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
