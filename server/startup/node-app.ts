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

export function createNodeApp(api: Hono, distDir: string): Hono {
  const app = new Hono();
  // The env carries Node's request and socket, which the API reads the client's address from.
  app.all('/api', (c) => api.fetch(c.req.raw, c.env));
  app.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  app.use(
    '*',
    serveStatic({
      root: distDir,
      onFound: (path, c) => {
        c.header('Cache-Control', path.includes('/assets/') ? ASSETS_CACHE : 'no-cache');
      },
    }),
  );
  // A missing script or image must be a 404, not index.html served as JavaScript.
  app.get('*', async (c, next) => (looksLikeFile(c.req.path) ? c.notFound() : next()));
  app.get(
    '*',
    serveStatic({
      root: distDir,
      path: 'index.html',
      onFound: (_path, c) => {
        c.header('Cache-Control', 'no-cache');
      },
    }),
  );
  return app;
}
