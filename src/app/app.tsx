// The whole client: providers around the routes, inside the page frame. Everything that differs
// between the browser, the demo and a test (query client, address source) comes in as props.
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AccountMenu } from '../features/account/account-menu';
import { AdminLink } from '../features/admin/admin-link';
import { AccountStoreProvider } from '../state/account-store-provider';
import { debatesPath, Link, type LocationSource, RouterProvider } from '../ui/router';
import { LazySignInDialog } from './lazy-views';
import { Routes } from './routes';
import '../styles/base.css';

export function App({
  queryClient,
  location,
}: {
  queryClient: QueryClient;
  location: LocationSource;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider source={location}>
        <AccountStoreProvider>
          <button type="button" className="skip-link" onClick={skipToMain}>
            Skip to content
          </button>
          <header className="app-header">
            <Link to={debatesPath()} className="app-header__home">
              Crux
            </Link>
            <span className="app-header__tagline">a discussion and its argument map</span>
            <AdminLink />
            <AccountMenu />
          </header>
          <main id="main" className="app-main" tabIndex={-1}>
            <Routes />
          </main>
          <LazySignInDialog />
        </AccountStoreProvider>
      </RouterProvider>
    </QueryClientProvider>
  );
}

// A button that moves focus, not a link to "#main": in the demo's hash routing that fragment
// would be read as a route.
function skipToMain() {
  document.getElementById('main')?.focus();
}
