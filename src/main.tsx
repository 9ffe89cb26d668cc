// Browser entry. In the demo build the real API runs in a service worker (MSW over the memory
// store), so it must be listening before the first request; routing uses the hash so any plain
// file server can serve the one index.html.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createLocationSource } from './ui/router';

async function start() {
  const demo = import.meta.env.CRUX_DEMO === true;
  if (demo) {
    // Imported only here, so the normal build does not carry MSW, Hono or the seed.
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App
        queryClient={createQueryClient()}
        location={createLocationSource(demo ? 'hash' : 'path')}
      />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Nothing rendered yet, so say so in the page rather than leave it blank.
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = `Crux could not start: ${message}`;
});
