// The one place the client reads from the network: every response is checked against a zod
// schema before any component sees it, and every failure becomes an ApiError.
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
  const response = await send(path, signal);
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

async function send(path: string, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(
      'Could not reach the server. Check your connection and try again.',
      0,
      'network',
    );
  }
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
    return new ApiError(parsed.data.error.message, response.status, parsed.data.error.code);
  }
  return new ApiError(
    `The server answered ${response.status} ${response.statusText}`.trim(),
    response.status,
    'http_error',
  );
}
