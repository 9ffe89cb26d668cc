// The one place the client talks to the network: every response is checked against a zod
// schema before any component sees it, and every failure becomes an ApiError carrying the
// server's own message. Writes send the session's CSRF token; the session itself is an
// httpOnly cookie the browser sends (same origin only).
import { z } from 'zod';
import { ApiError } from './api-error';

const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

/** Paths are absolute from the origin, so the same code works under MSW and the real server. */
export async function fetchJson<T>(
  path: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const response = await send(path, { headers: { accept: 'application/json' }, signal }, signal);
  return readAnswer(path, response, schema);
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface WriteOptions {
  method: WriteMethod;
  /** Sent as JSON; omitted for bodiless requests (sign-out, delete). */
  body?: unknown;
  /** The session's token from GET /api/me, sent as X-CSRF-Token; null when signed out. */
  csrfToken: string | null;
  signal?: AbortSignal;
}

/**
 * A state-changing request. `schema` checks the answer; pass `null` for answers with no body
 * (204), which then resolve to null.
 */
export function sendJson<T>(path: string, options: WriteOptions, schema: z.ZodType<T>): Promise<T>;
export function sendJson(path: string, options: WriteOptions, schema: null): Promise<null>;
export async function sendJson<T>(
  path: string,
  options: WriteOptions,
  schema: z.ZodType<T> | null,
): Promise<T | null> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken;
  const init: RequestInit = {
    method: options.method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  };
  const response = await send(path, init, options.signal);
  if (schema === null) {
    if (!response.ok) throw errorFrom(response, await readBody(response));
    return null;
  }
  return readAnswer(path, response, schema);
}

async function send(
  path: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(
      'Could not reach the server. Check your connection and try again.',
      0,
      'network',
    );
  }
}

async function readAnswer<T>(path: string, response: Response, schema: z.ZodType<T>): Promise<T> {
  const body = await readBody(response);
  if (!response.ok) throw errorFrom(response, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ApiError(
      `The server's answer to ${path} was not in the expected shape${where}: ${issue?.message ?? 'unknown problem'}.`,
      response.status,
      'bad_response',
    );
  }
  return parsed.data;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorFrom(response: Response, body: unknown): ApiError {
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    return new ApiError(parsed.data.error.message, response.status, parsed.data.error.code, body);
  }
  return new ApiError(
    `The server answered ${response.status} ${response.statusText}`.trim(),
    response.status,
    'http_error',
    body,
  );
}
