// "Users" in the header, for admins only (the session carries the account's roles).
import { useSession } from '../../api/get-session';
import { Link, usersPath } from '../../ui/router';

export function AdminLink() {
  const roles = useSession().data?.roles;
  if (roles?.site !== 'admin') return null;
  return (
    <Link to={usersPath()} className="app-header__admin">
      Users
    </Link>
  );
}
