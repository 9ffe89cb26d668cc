// The one HTTP API. The Node server serves it over the SQL store; MSW serves it in the browser
// over the memory store. So nothing here, or in anything it imports, may use node: modules.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppDeps } from './api/deps';
import { errorResponse } from './api/errors';
import { getClaimAnchors } from './api/get-claim-anchors';
import { getCommentContext } from './api/get-comment-context';
import { getDebate } from './api/get-debate';
import { health } from './api/health';
import { listComments } from './api/list-comments';
import { listDebates } from './api/list-debates';

export type { AppDeps, DatabaseKind } from './api/deps';
export type { ErrorBody, ErrorCode } from './api/errors';
export type { GetClaimAnchorsResponse } from './api/get-claim-anchors';
export type { GetCommentContextResponse } from './api/get-comment-context';
export type { GetDebateResponse } from './api/get-debate';
export type { HealthResponse } from './api/health';
export type { ListCommentsResponse } from './api/list-comments';
export type { ListDebatesResponse } from './api/list-debates';

/** One file per operation in server/api/; each registers its route here. */
const OPERATIONS = [
  health,
  listDebates,
  getDebate,
  listComments,
  getClaimAnchors,
  getCommentContext,
];

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  // Claim texts are the bulk of a debate's payload and compress ~5:1. The middleware pipes the
  // body through CompressionStream (no buffering) and skips bodies under 1 KB.
  app.use('/api/*', compress());
  for (const register of OPERATIONS) register(app, deps);

  app.notFound((c) =>
    errorResponse(
      c,
      404,
      'not_found',
      `There is no API route ${c.req.method} ${c.req.path}. Check the method and the path; the list of debates is at GET /api/debates.`,
    ),
  );

  app.onError((error, c) => {
    // The details stay in the server log: a stack trace in a response helps attackers, not users.
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return errorResponse(
      c,
      500,
      'internal',
      'Something went wrong on the server. Try again in a moment; if it keeps happening, report it with the time it happened.',
    );
  });
  return app;
}
