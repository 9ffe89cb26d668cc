// `npm start`: one Node process serving the API and the built client on one port.
// config → database → migrations → seed → client build (if missing) → listen → print the URL.
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app';
import { loadConfig } from './config';
import { ensureClientBuilt } from './startup/client-build';
import { listen, stopOnSignals } from './startup/listen';
import { createNodeApp } from './startup/node-app';
import { nodeAppDeps } from './startup/node-deps';
import { openStore } from './startup/open-store';
import { startupFailureLine } from './startup/startup-error';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const { store, database } = await openStore(config);
  try {
    await ensureClientBuilt(config.distDir);
    const app = createNodeApp(createApp(nodeAppDeps({ store, database })), config.distDir);
    const server = createServer(getRequestListener(app.fetch));
    const url = await listen(server, config.host, config.port);
    console.log(`Crux is running at ${url}`);
    stopOnSignals(server, store);
  } catch (error) {
    // PGlite must close to leave its data folder consistent, even when start-up fails late.
    await store.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(startupFailureLine(error));
  process.exit(1);
});
