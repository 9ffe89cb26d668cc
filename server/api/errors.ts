// Every API error has one JSON shape, so the client can show `message` to a person as it is.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode = 'bad_request' | 'not_found' | 'internal';

export interface ErrorBody {
  error: {
    /** Stable, for code to branch on. */
    code: ErrorCode;
    /** For people: what went wrong and what to do about it. */
    message: string;
  };
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
): Response {
  const body: ErrorBody = { error: { code, message } };
  return c.json(body, status);
}

/** Echoes user input inside a message without letting a huge value flood it. */
export function quoteInput(value: string, max = 80): string {
  return JSON.stringify(value.length <= max ? value : `${value.slice(0, max - 1)}…`);
}
