// Every API error has one JSON shape, so the client can show `message` to a person as it is.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Comment } from '../../src/domain/model';

export type ErrorCode =
  /** 400: malformed JSON, a malformed id or query parameter. */
  | 'bad_request'
  /** 401: this needs a signed-in user. */
  | 'unauthorized'
  /** 401: sign-in with a wrong username or password (never says which). */
  | 'wrong_credentials'
  /** 403: signed in, but not allowed (someone else's comment). */
  | 'forbidden'
  /** 403: a state-changing request from another site, or without the session's X-CSRF-Token. */
  | 'csrf'
  | 'not_found'
  /** 409: the comment changed since the version sent; the body carries `current`. */
  | 'conflict'
  /** 409: sign-up with a name that exists (in any letter case). */
  | 'username_taken'
  /** 413: the request, or a comment body, is over its limit (the message names it). */
  | 'too_large'
  /** 422: well-formed JSON that breaks a rule (the message names the field and the rule). */
  | 'invalid'
  /** 429: too many writes or sign-in attempts; Retry-After says when to try again. */
  | 'rate_limited'
  | 'internal';

export interface ErrorBody {
  error: {
    /** Stable, for code to branch on. */
    code: ErrorCode;
    /** For people: what went wrong and what to do about it. */
    message: string;
  };
}

/** A 409 on an edit or deletion: what the comment is now, so the writer can redo their change. */
export interface ConflictBody extends ErrorBody {
  current: Comment;
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
