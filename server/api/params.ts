// Path and query parameters shared by several operations, checked the same way everywhere.
import type { Context } from 'hono';
import { type Id, IdSchema } from '../../src/domain/model';
import { errorResponse, quoteInput } from './errors';

/**
 * The id in a path segment, or the 400 to answer: a malformed id can never exist, so it is the
 * caller's mistake, not a missing resource.
 */
const EXAMPLE_IDS = {
  debate: 'social-productivity',
  claim: 'big-society',
  comment: 'comment-2',
  user: 'u-0123456789ab',
  relation: 'r-0123456789ab',
  suggestion: 's-0123456789ab',
} as const;

export function idParam(c: Context, name: string, what: keyof typeof EXAMPLE_IDS): Id | Response {
  const raw = c.req.param(name) ?? '';
  const id = IdSchema.safeParse(raw);
  if (id.success) return id.data;
  const example = EXAMPLE_IDS[what];
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
