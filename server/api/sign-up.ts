// POST /api/auth/signup {username, password} → 201 SessionInfo, signed in (session cookie set).
import type { Hono } from 'hono';
import { CredentialsSchema, type SessionInfo } from '../../src/domain/commands';
import { randomId } from '../auth/tokens';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { readBody, tooManyRequests } from './request';

export type SignUpResponse = SessionInfo;

export function signUp(app: Hono, deps: ApiDeps): void {
  const { store, passwords, sessions, limits } = deps;
  app.post('/api/auth/signup', async (c) => {
    const decision = limits.auth(deps.clientAddress(c));
    if (!decision.ok) return tooManyRequests(c, decision.retryAfterSeconds, 'sign-in attempts');
    const input = await readBody(c, CredentialsSchema);
    if (input instanceof Response) return input;
    const taken = () =>
      errorResponse(
        c,
        409,
        'username_taken',
        `The username "${input.username}" is taken. Choose another one.`,
      );
    // Checked first so a taken name costs no hashing; createUser still settles a race.
    if (await store.findUserByName(input.username)) return taken();
    const user = { id: randomId('u-'), name: input.username };
    const created = await store.createUser({
      user,
      passwordHash: await passwords.hash(input.password),
    });
    if (created.kind === 'taken') return taken();
    return c.json<SignUpResponse>(await sessions.start(c, user), 201);
  });
}
