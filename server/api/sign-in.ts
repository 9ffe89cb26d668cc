// POST /api/auth/signin {username, password} → 200 SessionInfo with a fresh session: the old
// one, if any, is ended (rotation), so a session planted before sign-in is worthless after it.
import type { Hono } from 'hono';
import { CredentialsSchema, type SessionInfo } from '../../src/domain/commands';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { readBody, tooManyRequests } from './request';

export type SignInResponse = SessionInfo;

export function signIn(app: Hono, deps: ApiDeps): void {
  const { store, passwords, sessions, limits } = deps;
  app.post('/api/auth/signin', async (c) => {
    const decision = limits.auth(deps.clientAddress(c));
    if (!decision.ok) return tooManyRequests(c, decision.retryAfterSeconds, 'sign-in attempts');
    const input = await readBody(c, CredentialsSchema);
    if (input instanceof Response) return input;
    const account = await store.findUserByName(input.username);
    // An unknown name costs the same hashing as a wrong password, so timing tells them apart no
    // better than the message does.
    const ok = account
      ? await passwords.verify(input.password, account.passwordHash)
      : await passwords.verifyNobody(input.password);
    if (!account || !ok) {
      return errorResponse(c, 401, 'wrong_credentials', 'Wrong username or password.');
    }
    return c.json<SignInResponse>(await sessions.start(c, account.user));
  });
}
