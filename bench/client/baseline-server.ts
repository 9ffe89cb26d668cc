// Serves the built baseline page and forwards /api/* to the running Crux server, so the baseline
// reads the very same debate payload over HTTP.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};
const ROOT = 'bench/baseline/dist';

export async function serveBaseline(
  cruxUrl: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) {
      const upstream = await fetch(new URL(request.url ?? '/', cruxUrl), {
        headers: { 'accept-encoding': request.headers['accept-encoding'] ?? '' },
      });
      const headers: Record<string, string> = {};
      upstream.headers.forEach((value, key) => {
        if (key !== 'content-encoding' && key !== 'content-length') headers[key] = value;
      });
      response.writeHead(upstream.status, headers);
      response.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    const file = normalize(join(ROOT, path === '/' ? 'index.html' : path));
    try {
      const body = readFileSync(file.startsWith(normalize(ROOT)) ? file : join(ROOT, 'index.html'));
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
