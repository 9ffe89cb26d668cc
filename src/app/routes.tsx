// Which page the address shows.
import { UsersPage } from '../features/admin/users-page';
import { DebatesListPage } from '../features/debates-list/debates-list-page';
import { ImportDebateButton } from '../features/import-export/import-debate-button';
import { debatesPath, Link, useRoute } from '../ui/router';
import { DebateRoute } from './debate-page';

export function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'debates':
      return <DebatesListPage actions={<ImportDebateButton />} />;
    case 'debate':
      return <DebateRoute debateId={route.debateId} claimId={route.claimId} />;
    case 'users':
      return <UsersPage />;
    case 'not-found':
      return (
        <div role="alert" className="status status--error">
          <h1>Page not found</h1>
          <p>There is no page at this address.</p>
          <p>
            <Link to={debatesPath()}>See all debates</Link>
          </p>
        </div>
      );
  }
}
