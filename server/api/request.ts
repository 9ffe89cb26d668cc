// The steps every write shares, each answering with the right status when it refuses:
// who is asking (401), how often (429), what they sent (400/413/422), what the store said.
import type { Context } from 'hono';
import type { z } from 'zod';
import { LIMITS } from '../../src/domain/commands';
import {
  type Action,
  type Actor,
  can,
  type PermissionContext,
  type Roles,
} from '../../src/domain/permissions';
import type { MarkResult } from '../store/store';
import type { ApiDeps } from './deps';
import { type ConflictBody, errorResponse } from './errors';
import { debateNotFound } from './params';

/** "reply.point.text: …": the first problem, naming the field, in words a person can act on. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request body is not valid.';
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'The request body';
  return `${field}: ${issue.message}. Correct it and send again.`;
}

/** The JSON body checked against `schema`: 400 if it is not JSON, 422 naming the broken rule. */
export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return errorResponse(
      c,
      400,
      'bad_request',
      'The request body is not valid JSON. Send a JSON object with Content-Type: application/json.',
    );
  }
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? parsed.data
    : errorResponse(c, 422, 'invalid', describeIssue(parsed.error));
}

/** A comment body's own limits: over LIMITS.commentBody is 413, blank is 422. Null when fine. */
export function checkCommentBody(c: Context, body: string): Response | null {
  if (body.length > LIMITS.commentBody) {
    return errorResponse(
      c,
      413,
      'too_large',
      `A comment can be at most ${LIMITS.commentBody.toLocaleString('en')} characters; this one has ${body.length.toLocaleString('en')}. Shorten it, or split it into two comments.`,
    );
  }
  if (body.trim() === '') {
    return errorResponse(
      c,
      422,
      'invalid',
      '"body": a comment cannot be empty. Write something before sending.',
    );
  }
  return null;
}

export function tooManyRequests(c: Context, retryAfterSeconds: number, what: string): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return errorResponse(
    c,
    429,
    'rate_limited',
    `Too many ${what} in a short time. Wait ${retryAfterSeconds} ${unit} and try again.`,
  );
}

/** Who is asking: the signed-in account with its roles, or null for a reader. */
export async function currentActor(c: Context, { sessions }: ApiDeps): Promise<Actor> {
  const session = await sessions.current(c);
  return session ? { user: session.user, roles: session.roles } : null;
}

/** A signed-in actor (never a reader). */
export type SignedIn = NonNullable<Actor>;

/**
 * The actor when the permission table allows `action` here, else the answer: 401 with the
 * table's sign-in reason for a reader, 403 with its reason for everyone else.
 */
export async function requireAllowed(
  c: Context,
  deps: ApiDeps,
  action: Action,
  context: PermissionContext = {},
): Promise<SignedIn | Response> {
  const actor = await currentActor(c, deps);
  const allowed = can(actor, action, context);
  if (!allowed.ok || actor === null) {
    const reason = allowed.ok ? 'Sign in first.' : allowed.reason;
    return allowed.ok || allowed.status === 401
      ? errorResponse(c, 401, 'unauthorized', reason)
      : errorResponse(c, 403, 'forbidden', reason);
  }
  return actor;
}

/**
 * The actor about to write, after the table and the per-user and per-address limits. For an
 * owner-only action the table is asked as if for the actor's own comment: the store's decision
 * asks again with the real owner, under the debate's lock.
 */
export async function requireWriter(
  c: Context,
  deps: ApiDeps,
  action: Action,
  context: PermissionContext = {},
): Promise<SignedIn | Response> {
  const actor = await currentActor(c, deps);
  const ownerId = context.ownerId === undefined ? actor?.user.id : context.ownerId;
  const allowed = await requireAllowed(c, deps, action, { ...context, ownerId });
  if (allowed instanceof Response) return allowed;
  const decision = deps.limits.write(allowed.user.id, deps.clientAddress(c));
  if (!decision.ok) return tooManyRequests(c, decision.retryAfterSeconds, 'writes');
  return allowed;
}

export type { Roles };

/** The store's answer to a write as HTTP: `okStatus` with {event}, or the refusal's status. */
export function writeResponse(
  c: Context,
  result: MarkResult,
  okStatus: 200 | 201,
  debateId: string,
): Response {
  switch (result.kind) {
    case 'ok':
      return c.json({ event: result.event }, okStatus);
    case 'suggested':
      return c.json({ suggestion: result.suggestion }, 202);
    case 'no-debate':
      return debateNotFound(c, debateId);
    case 'not-found':
      return errorResponse(c, 404, 'not_found', result.message);
    case 'invalid':
      return errorResponse(c, 422, 'invalid', result.message);
    case 'forbidden':
      return errorResponse(c, 403, 'forbidden', result.message);
    case 'blocked':
      return errorResponse(c, 409, 'conflict', result.message);
    case 'conflict': {
      const body: ConflictBody = {
        error: { code: 'conflict', message: result.message },
        current: result.current,
      };
      return c.json(body, 409);
    }
  }
}
