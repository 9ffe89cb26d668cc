// What the Node process serves on its one port: the API under /api, and the built client for
// everything else, with index.html for client routes such as /debates/x.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

// Vite puts content-hashed files in assets/: a changed file gets a new name, so they never go
// stale. index.html must be revalidated, since it names the current assets.
const ASSETS_CACHE = 'public, max-age=31536000, immutable';

/** A path whose last segment has an extension asks for a file, never for a client route. */
function looksLikeFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.');
}

// A debate's page needs its overview first; the browser would only ask for it once the script
// has loaded and run (~0.5 s at 10,000 claims). This header has it fetched alongside the script,
// and the page's own fetch (same URL, same-origin credentials) takes the preloaded answer.
const DEBATE_PAGE = /^\/debates\/([A-Za-z0-9._~%-]+)(?:\/comments\/[^/]+)?\/?$/;

/** The Link header preloading a debate page's overview, or null for any other page. */
export function overviewPreload(path: string): string | null {
  const id = DEBATE_PAGE.exec(path)?.[1];
  return id ? `</api/debates/${id}>; rel=preload; as=fetch; crossorigin` : null;
}

export function createNodeApp(api: Hono, distDir: string): Hono {
  const app = new Hono();
  // The env carries Node's request and socket, which the API reads the client's address from.
  app.all('/api', (c) => api.fetch(c.req.raw, c.env));
  app.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  // Headers for the client's files, set once the file is found: serveStatic's onFound runs
  // after its response is made, too late for headers set on the context.
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const asset = c.req.path.startsWith('/assets/');
    c.res.headers.set('Cache-Control', asset ? ASSETS_CACHE : 'no-cache');
    const preload = asset ? null : overviewPreload(c.req.path);
    if (preload) c.res.headers.set('Link', preload);
  });
  app.use('*', serveStatic({ root: distDir }));
  // A missing script or image must be a 404, not index.html served as JavaScript.
  app.get('*', async (c, next) => (looksLikeFile(c.req.path) ? c.notFound() : next()));
  app.get('*', serveStatic({ root: distDir, path: 'index.html' }));
  return app;
}
