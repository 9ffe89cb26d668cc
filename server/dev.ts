// `npm run dev`: one Node http server on HOST:PORT. /api goes to the Hono app over the same
// store set-up as `npm start`; everything else goes to Vite in middleware mode (with HMR on the
// same server), so the client and the API share an origin just as in production.
import { createServer as createHttpServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { createApp } from './app';
import { loadConfig } from './config';
import { listen, stopOnSignals } from './startup/listen';
import { nodeAppDeps } from './startup/node-deps';
import { openStore } from './startup/open-store';
import { startupFailureLine } from './startup/startup-error';

function isApiPath(url: string | undefined): boolean {
  return url === '/api' || url?.startsWith('/api/') === true || url?.startsWith('/api?') === true;
}

async function dev(): Promise<void> {
  const config = loadConfig(process.env);
  const { store, database } = await openStore(config);
  try {
    const api = getRequestListener(createApp(nodeAppDeps({ store, database })).fetch);
    const server = createHttpServer();
    const vite = await createViteServer({
      server: { middlewareMode: true, hmr: { server } },
    });
    server.on('request', (req, res) => {
      if (isApiPath(req.url)) {
        void api(req, res);
        return;
      }
      vite.middlewares(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
    });
    const url = await listen(server, config.host, config.port);
    console.log(`Crux (dev) is running at ${url}`);
    stopOnSignals(server, store, () => vite.close());
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

dev().catch((error: unknown) => {
  console.error(startupFailureLine(error));
  process.exit(1);
});
