// GET /api/debates/:id: one whole debate (post, comments, claims, relations, anchors).
import type { Hono } from 'hono';
import type { Debate } from '../../src/domain/model';
import { IdSchema } from '../../src/domain/model';
import type { AppDeps } from './deps';
import { errorResponse, quoteInput } from './errors';

export interface GetDebateResponse {
  debate: Debate;
}

export function getDebate(app: Hono, { store }: AppDeps): void {
  app.get('/api/debates/:id', async (c) => {
    const raw = c.req.param('id');
    const id = IdSchema.safeParse(raw);
    // A malformed id can never exist, so it is the caller's mistake (400), not a missing debate.
    if (!id.success) {
      return errorResponse(
        c,
        400,
        'bad_request',
        `${quoteInput(raw)} is not a debate id: an id is 1–64 lowercase letters, digits or hyphens, starting with a letter or digit (e.g. "social-productivity"). See /api/debates for the list.`,
      );
    }
    const debate = await store.getDebate(id.data);
    if (!debate) {
      return errorResponse(
        c,
        404,
        'not_found',
        `No debate with id "${id.data}". See /api/debates for the list.`,
      );
    }
    return c.json<GetDebateResponse>({ debate });
  });
}
