// Which page the address shows.
import { DebatesListPage } from '../features/debates-list/debates-list-page';
import { LazyBoundary } from '../ui/lazy-view';
import { debatesPath, Link, useRoute } from '../ui/router';
import { LoadingStatus } from '../ui/status';
import { DebateRoute } from './debate-page';
import { ImportDebateButton, UsersPage } from './lazy-views';

export function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'debates':
      return (
        <DebatesListPage
          actions={
            <LazyBoundary>
              <ImportDebateButton />
            </LazyBoundary>
          }
        />
      );
    case 'debate':
      return <DebateRoute debateId={route.debateId} claimId={route.claimId} />;
    case 'users':
      return (
        <LazyBoundary fallback={<LoadingStatus>Loading the accounts…</LoadingStatus>}>
          <UsersPage />
        </LazyBoundary>
      );
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
