// The demo build's API: the Hono app over a memory store seeded with the first debate, running
// in a service worker. Everything resets on reload, which is what a demo wants.
import { setupWorker } from 'msw/browser';
import { createMemoryStore } from '../server/store/memory-store';
import { seedDebate } from '../src/seed/seed-debate';
import { createHandlers } from './handlers';

export async function startDemoWorker(): Promise<void> {
  const worker = setupWorker(...createHandlers(createMemoryStore([seedDebate])));
  await worker.start({
    // Relative to the page, so the demo works from any folder of any static file server.
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
