// Path and query parameters shared by several operations, checked the same way everywhere.
import type { Context } from 'hono';
import { type Id, IdSchema } from '../../src/domain/model';
import { errorResponse, quoteInput } from './errors';

/**
 * The id in a path segment, or the 400 to answer: a malformed id can never exist, so it is the
 * caller's mistake, not a missing resource.
 */
export function idParam(c: Context, name: string, what: 'debate' | 'claim'): Id | Response {
  const raw = c.req.param(name) ?? '';
  const id = IdSchema.safeParse(raw);
  if (id.success) return id.data;
  const example = what === 'debate' ? 'social-productivity' : 'big-society';
  return errorResponse(
    c,
    400,
    'bad_request',
    `${quoteInput(raw)} is not a ${what} id: an id is 1–64 lowercase letters, digits or hyphens, starting with a letter or digit (e.g. "${example}"). See /api/debates for the list.`,
  );
}

export function debateNotFound(c: Context, id: Id): Response {
  return errorResponse(
    c,
    404,
    'not_found',
    `No debate with id "${id}". See /api/debates for the list.`,
  );
}
