// Test helper: a loopback port that nothing listens on, for "cannot connect" tests.
import { createServer } from 'node:net';

/** Binds an OS-chosen port, releases it and returns it; nothing listens there afterwards. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('No TCP port was bound.');
  return address.port;
}
