// Binding the port, with the usual failures turned into one actionable line, and a clean stop.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store';
import { StartupError } from './startup-error';

function bindFailure(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(
        `Port ${port} on ${host} is already in use. Stop the program using it, or set PORT to another port (PORT=0 picks a free one).`,
      );
    case 'EACCES':
      return new StartupError(
        `Not allowed to listen on port ${port}. Use a port above 1024, e.g. PORT=3000.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartupError(
        `HOST=${host} is not an address of this machine. Use 127.0.0.1 for this machine only, or 0.0.0.0 for every network.`,
      );
    default:
      return error;
  }
}

/** The URL people open, with the port actually bound (PORT=0 lets the OS choose). */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** Listens on host:port; resolves to the URL once bound. */
export function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(bindFailure(error, host, port));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(serverUrl(host, (server.address() as AddressInfo).port));
    });
  });
}

/**
 * On SIGINT or SIGTERM: stop accepting requests, drop idle keep-alive connections, close the
 * store (PGlite writes its data folder) and exit. A second signal exits at once.
 */
export function stopOnSignals(server: Server, store: Store, cleanup?: () => Promise<void>): void {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    server.close();
    server.closeAllConnections();
    Promise.resolve(cleanup?.())
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Crux did not stop cleanly: ${String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
