// /admin/users: every account with its roles. An admin sets an account's site role
// (commenter, moderator, admin) and grants or revokes moderation of one debate. Anyone else is
// told the permission table's reason instead of a list.
import { useId, useState } from 'react';
import { useChangeRole, useUsers } from '../../api/admin-users';
import { useSession } from '../../api/get-session';
import { useDebatesList } from '../../api/list-debates';
import { COMMENTER, can, type Roles, SITE_ROLES, type SiteRole } from '../../domain/permissions';
import { errorMessage, LoadingStatus } from '../../ui/status';
import '../moderation/moderation.css';

export function UsersPage() {
  const session = useSession();
  const user = session.data?.user ?? null;
  // The same table the server asks, with the roles the session carries.
  const allowed = can(
    user ? { user, roles: session.data?.roles ?? COMMENTER } : null,
    'users.list',
  );
  const users = useUsers(session.isSuccess && allowed.ok);
  const change = useChangeRole();
  if (session.isPending) return <LoadingStatus>Checking your account…</LoadingStatus>;
  return (
    <div className="admin-users">
      <h1>Users and roles</h1>
      {!allowed.ok ? <p role="alert">{allowed.reason}</p> : null}
      {users.isPending && allowed.ok ? <LoadingStatus>Loading the accounts…</LoadingStatus> : null}
      {users.isError ? <p className="form-error">{errorMessage(users.error)}</p> : null}
      {change.isError ? (
        <p role="alert" className="form-error">
          Not changed: {errorMessage(change.error)}
        </p>
      ) : null}
      {users.data ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Site role</th>
              <th scope="col">Moderates debates</th>
            </tr>
          </thead>
          <tbody>
            {users.data.users.map(({ user, roles }) => (
              <tr key={user.id}>
                <th scope="row">{user.name}</th>
                <td>
                  <SiteRoleField
                    name={user.name}
                    role={roles.site}
                    busy={change.isPending}
                    onChange={(role) => change.mutate({ kind: 'site', userId: user.id, role })}
                  />
                </td>
                <td>
                  <DebateRoles
                    name={user.name}
                    roles={roles}
                    busy={change.isPending}
                    onChange={(debateId, moderator) =>
                      change.mutate({ kind: 'debate', userId: user.id, debateId, moderator })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function SiteRoleField({
  name,
  role,
  busy,
  onChange,
}: {
  name: string;
  role: SiteRole;
  busy: boolean;
  onChange: (role: SiteRole) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Site role of {name}
      </label>
      <select
        id={id}
        value={role}
        disabled={busy}
        onChange={(event) => onChange(event.target.value as SiteRole)}
      >
        {SITE_ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </>
  );
}

function DebateRoles({
  name,
  roles,
  busy,
  onChange,
}: {
  name: string;
  roles: Roles;
  busy: boolean;
  onChange: (debateId: string, moderator: boolean) => void;
}) {
  const debates = useDebatesList();
  const [chosen, setChosen] = useState('');
  const id = useId();
  const titleOf = (debateId: string) =>
    debates.data?.debates.find((d) => d.id === debateId)?.title ?? debateId;
  const others = (debates.data?.debates ?? []).filter((d) => !roles.debates.includes(d.id));
  return (
    <>
      {roles.debates.length > 0 ? (
        <ul>
          {roles.debates.map((debateId) => (
            <li key={debateId}>
              {titleOf(debateId)}{' '}
              <button
                type="button"
                className="button button--quiet"
                disabled={busy}
                onClick={() => onChange(debateId, false)}
              >
                Revoke{' '}
                <span className="visually-hidden">
                  {name} as moderator of {titleOf(debateId)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) onChange(chosen, true);
            setChosen('');
          }}
        >
          <label htmlFor={id} className="visually-hidden">
            Debate for {name} to moderate
          </label>
          <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">Choose a debate…</option>
            {others.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="button button--quiet" disabled={busy || !chosen}>
            Make moderator <span className="visually-hidden">{name}</span>
          </button>
        </form>
      ) : null}
    </>
  );
}
