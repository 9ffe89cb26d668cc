import { describe, expect, it } from 'vitest';
import { createDemoPasswords } from '../../mocks/demo-passwords';
import { smallDebate } from '../../test/fixtures/small-debate';
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from '../auth/session';
import { sha256Hex } from '../auth/tokens';
import { Agent, signedUp, TEST_ORIGIN, TEST_PASSWORD, testApi } from './test-kit';

const sessionCookieLine = (response: Response) =>
  response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`)) ?? '';

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('accounts', () => {
  it('signs up (201), is signed in, and /api/me says who with a CSRF token', async () => {
    const { app } = testApi();
    const agent = new Agent(app);
    const before = await agent.request('GET', '/api/me');
    expect(await before.json()).toEqual({ user: null, csrfToken: null });

    const response = await agent.enter('Ada_1');
    expect(response.status).toBe(201);
    const info = await response.json();
    expect(info).toEqual({
      user: { id: expect.stringMatching(/^u-[a-z0-9]{12}$/), name: 'Ada_1' },
      csrfToken: expect.any(String),
      roles: { site: 'commenter', debates: [] },
    });

    const me = await agent.request('GET', '/api/me');
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(await me.json()).toEqual(info);
  });

  it('sets an httpOnly, SameSite=Lax, Path=/ cookie for 30 days, Secure only over https', async () => {
    const { app } = testApi();
    const line = sessionCookieLine(await new Agent(app).enter('plain'));
    expect(line).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(line).toContain('HttpOnly');
    expect(line).toContain('SameSite=Lax');
    expect(line).toContain('Path=/');
    expect(line).toContain(`Max-Age=${SESSION_MAX_AGE_SECONDS}`);
    expect(SESSION_MAX_AGE_SECONDS).toBe(30 * 24 * 3600);
    expect(line).not.toContain('Secure');

    const body = JSON.stringify({ username: 'secure', password: TEST_PASSWORD });
    const https = await app.request('https://crux.example/api/auth/signup', {
      method: 'POST',
      headers: { origin: 'https://crux.example', 'content-type': 'application/json' },
      body,
    });
    expect(sessionCookieLine(https)).toContain('Secure');
  });

  it('believes X-Forwarded-Proto only when told to trust the proxy', async () => {
    const signUp = async (trustProxy: boolean) => {
      const { app } = testApi([], { trustProxy });
      const response = await app.request('/api/auth/signup', {
        method: 'POST',
        headers: { 'x-forwarded-proto': 'https', 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'proxied', password: TEST_PASSWORD }),
      });
      return sessionCookieLine(response);
    };
    expect(await signUp(true)).toContain('Secure');
    expect(await signUp(false)).not.toContain('Secure');
  });

  it('stores only the SHA-256 of the session token', async () => {
    const { app, store } = testApi();
    const agent = await signedUp(app, 'hashed');
    const token = agent.cookie ?? '';
    const now = new Date('2025-01-01T12:00:00Z');
    expect(await store.getSession(token, now)).toBeNull();
    expect((await store.getSession(await sha256Hex(token), now))?.user.name).toBe('hashed');
  });

  it('signs out (204): the session is gone on the server and the cookie cleared', async () => {
    const { app } = testApi();
    const agent = await signedUp(app, 'leaver');
    const oldCookie = agent.cookie;
    const out = await agent.request('POST', '/api/auth/signout');
    expect(out.status).toBe(204);
    expect(sessionCookieLine(out)).toMatch(/Max-Age=0/);
    expect(agent.cookie).toBeNull();
    // Replaying the old cookie does not bring the session back.
    agent.cookie = oldCookie;
    expect(await (await agent.request('GET', '/api/me')).json()).toEqual({
      user: null,
      csrfToken: null,
    });
  });

  it('signs in (200) with a fresh session and ends the one it replaced', async () => {
    const { app } = testApi();
    const first = await signedUp(app, 'Rotator');
    const planted = first.cookie;
    const response = await first.enter('rotator', 'signin');
    expect(response.status).toBe(200);
    expect((await response.json()).user.name).toBe('Rotator');
    expect(first.cookie).not.toBe(planted);
    const stale = new Agent(app);
    stale.cookie = planted;
    expect((await (await stale.request('GET', '/api/me')).json()).user).toBeNull();
  });

  it('refuses a wrong password and an unknown name alike, spending the same hashing on both', async () => {
    let nobodyCalls = 0;
    const real = createDemoPasswords(1000);
    const passwords = {
      ...real,
      verifyNobody: (p: string) => {
        nobodyCalls += 1;
        return real.verifyNobody(p);
      },
    };
    const { app } = testApi([], { passwords });
    await signedUp(app, 'known');
    const wrong = await new Agent(app).enter('known', 'signin', 'not the password');
    const unknown = await new Agent(app).enter('unknown', 'signin');
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(await errorOf(response)).toEqual({
        code: 'wrong_credentials',
        message: 'Wrong username or password.',
      });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect(nobodyCalls).toBe(1);
  });

  it('refuses a taken name in any letter case (409) and bad credentials by field (422)', async () => {
    const { app } = testApi();
    await signedUp(app, 'Grace');
    const taken = await new Agent(app).enter('GRACE');
    expect(taken.status).toBe(409);
    expect(await errorOf(taken)).toEqual({
      code: 'username_taken',
      message: 'The username "GRACE" is taken. Choose another one.',
    });

    const shortName = await new Agent(app).enter('ab');
    expect(shortName.status).toBe(422);
    expect((await errorOf(shortName)).message).toMatch(/^"username": a username is 3–32 letters/);
    const shortPassword = await new Agent(app).enter('valid-name', 'signup', 'short');
    expect(shortPassword.status).toBe(422);
    expect((await errorOf(shortPassword)).message).toMatch(
      /^"password": a password has at least 8 characters/,
    );
    const notJson = await new Agent(app).request('POST', '/api/auth/signup', {
      body: '{"username":',
    });
    expect(notJson.status).toBe(400);
    expect((await errorOf(notJson)).message).toMatch(/not valid JSON/);
  });

  it('limits sign-in attempts per address (429 with Retry-After), not for other addresses', async () => {
    const { app, advance } = testApi([], {
      rateLimits: { addressAuth: { capacity: 2, refillPerSecond: 1 / 30 } },
    });
    await signedUp(app, 'target');
    await new Agent(app).enter('target', 'signin', 'guess-one!');
    const limited = await new Agent(app).enter('target', 'signin');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(await errorOf(limited)).toEqual({
      code: 'rate_limited',
      message: 'Too many sign-in attempts in a short time. Wait 30 seconds and try again.',
    });
    const elsewhere = await new Agent(app).request('POST', '/api/auth/signin', {
      json: { username: 'target', password: TEST_PASSWORD },
      headers: { 'x-test-address': '198.51.100.7' },
    });
    expect(elsewhere.status).toBe(200);
    advance(30_000);
    expect((await new Agent(app).enter('target', 'signin')).status).toBe(200);
  });

  it('ends a session after 30 days', async () => {
    const { app, advance } = testApi();
    const agent = await signedUp(app, 'mortal');
    advance(SESSION_MAX_AGE_SECONDS * 1000 + 1);
    expect((await (await agent.request('GET', '/api/me')).json()).user).toBeNull();
  });
});

describe('cross-site request forgery', () => {
  const reply = { parentId: null, body: 'A reply.' };
  const path = '/api/debates/free-buses/comments';

  it.each([
    ['a cross-site Origin', { origin: 'https://evil.example' }],
    ['an opaque Origin', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site without Origin', { origin: '', 'sec-fetch-site': 'cross-site' }],
    ['a foreign Referer without Origin', { origin: '', referer: 'https://evil.example/page' }],
  ])('refuses a write with %s (403 csrf), even signed out', async (_, headers) => {
    const { app } = testApi([smallDebate()]);
    const cleaned = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
    const response = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...cleaned },
      body: JSON.stringify(reply),
    });
    expect(response.status).toBe(403);
    const error = await errorOf(response);
    expect(error.code).toBe('csrf');
    expect(error.message).toMatch(/Reload the page/);
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const { app } = testApi();
    await signedUp(app, 'victim');
    const response = await new Agent(app).request('POST', '/api/auth/signin', {
      json: { username: 'victim', password: TEST_PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
  });

  it('refuses a signed-in write without the token or with a wrong one, and takes the right one', async () => {
    const { app } = testApi([smallDebate()]);
    const agent = await signedUp(app, 'writer');
    const missing = await agent.request('POST', path, { json: reply, noCsrf: true });
    expect(missing.status).toBe(403);
    expect((await errorOf(missing)).code).toBe('csrf');
    const wrong = await agent.request('POST', path, {
      json: reply,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.status).toBe(403);
    const signOut = await agent.request('POST', '/api/auth/signout', { noCsrf: true });
    expect(signOut.status).toBe(403);
    // Same-origin with the token gets past CSRF (what the store says next is another test's).
    const same = await agent.request('POST', '/api/auth/signout', {
      headers: { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin' },
    });
    expect(same.status).toBe(204);
  });

  it('lets reads through from anywhere', async () => {
    const { app } = testApi([smallDebate()]);
    const response = await app.request('/api/debates/free-buses', {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(response.status).toBe(200);
  });
});
