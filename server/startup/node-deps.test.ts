import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoPasswords } from '../../mocks/demo-passwords';
import { createApp } from '../app';
import { createApiLimits } from '../http/limits';
import { createMemoryStore } from '../store/memory-store';
import { createNodeApp } from './node-app';
import { nodeAppDeps, rateLimitsFrom, trustProxyFrom } from './node-deps';

let server: Server | null = null;
afterEach(async () => {
  // fetch keeps connections alive; drop them so close() does not wait for their timeout.
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

/** The Node app on a real port, recording the client address the API sees for each request. */
async function serve(env: Record<string, string>) {
  const deps = nodeAppDeps({ store: createMemoryStore(), database: 'memory' }, env);
  const seen: string[] = [];
  const api = createApp({
    ...deps,
    passwords: createDemoPasswords(1000),
    clientAddress: (c) => {
      const address = deps.clientAddress(c);
      seen.push(address);
      return address;
    },
  });
  server = createServer(getRequestListener(createNodeApp(api, '/nonexistent').fetch));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const signIn = (headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${port}/api/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: 'nobody', password: 'whatever-it-is' }),
    });
  return { seen, signIn };
}

describe('the Node deps', () => {
  it('see the socket address through the Node app, and ignore X-Forwarded-For by default', async () => {
    const { seen, signIn } = await serve({});
    expect((await signIn({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    expect(seen).toEqual(['127.0.0.1']);
  });

  it('take the proxy-appended X-Forwarded-For entry with TRUST_PROXY', async () => {
    const { seen, signIn } = await serve({ TRUST_PROXY: '1' });
    await signIn({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9' });
    await signIn();
    expect(seen).toEqual(['203.0.113.9', '127.0.0.1']);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    ['0', false],
    ['', false],
    ['no', false],
  ])('reads TRUST_PROXY=%s as %s', (value, expected) => {
    expect(trustProxyFrom({ TRUST_PROXY: value })).toBe(expected);
  });

  it('lifts the rate limits only with CRUX_RATE_LIMITS=off', () => {
    const takes = (env: Record<string, string>) => {
      const limits = createApiLimits(rateLimitsFrom(env));
      return Array.from({ length: 500 }, () => limits.write('u', 'a').ok).filter(Boolean).length;
    };
    expect(takes({ CRUX_RATE_LIMITS: 'off' })).toBe(500);
    expect(takes({})).toBe(30);
  });
});
