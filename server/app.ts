// The one HTTP API. The Node server serves it over the SQL store; MSW serves it in the browser
// over the memory store. So nothing here, or in anything it imports, may use node: modules:
// what needs Node (scrypt, socket addresses) comes in through AppDeps.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { LIMITS } from '../src/domain/commands';
import { addComment } from './api/add-comment';
import { debateEvents } from './api/debate-events';
import { deleteComment } from './api/delete-comment';
import type { ApiDeps, AppDeps } from './api/deps';
import { editComment } from './api/edit-comment';
import { errorResponse } from './api/errors';
import { exportDebateRoute } from './api/export-debate';
import { getClaimAnchors } from './api/get-claim-anchors';
import { getCommentContext } from './api/get-comment-context';
import { getDebate } from './api/get-debate';
import { getMe } from './api/get-me';
import { getPermissions } from './api/get-permissions';
import { health } from './api/health';
import { IMPORT_PATH, importDebateRoute } from './api/import-debate';
import { listComments } from './api/list-comments';
import { listDebates } from './api/list-debates';
import { listDuplicates } from './api/list-duplicates';
import { listSuggestions } from './api/list-suggestions';
import { listUsers } from './api/list-users';
import { markClaim } from './api/mark-claim';
import { mergeClaims } from './api/merge-claims';
import { moderate } from './api/moderate';
import { moderationLogRoutes } from './api/moderation-log';
import { previewMerge } from './api/preview-merge';
import { reviewSuggestion } from './api/review-suggestion';
import { setRoles } from './api/set-roles';
import { signIn } from './api/sign-in';
import { signOut } from './api/sign-out';
import { signUp } from './api/sign-up';
import { unmergeClaims } from './api/unmerge-claims';
import { createSessions } from './auth/session';
import { createOverviewCache } from './cache/overview-cache';
import { csrfGuard } from './http/csrf';
import { createApiLimits } from './http/limits';

export type { AddCommentResponse } from './api/add-comment';
export { DEBATE_EVENT } from './api/debate-events';
export type { DeleteCommentResponse } from './api/delete-comment';
export type { AppDeps, DatabaseKind, PasswordHasher, RateLimits } from './api/deps';
export type { EditCommentResponse } from './api/edit-comment';
export type { ConflictBody, ErrorBody, ErrorCode } from './api/errors';
export type { GetClaimAnchorsResponse } from './api/get-claim-anchors';
export type { GetCommentContextResponse } from './api/get-comment-context';
export type { GetDebateResponse } from './api/get-debate';
export type { GetMeResponse } from './api/get-me';
export type { GetPermissionsResponse } from './api/get-permissions';
export type { HealthResponse } from './api/health';
export type { ListCommentsResponse } from './api/list-comments';
export type { ListDebatesResponse } from './api/list-debates';
export type { ListDuplicatesResponse } from './api/list-duplicates';
export type { ListSuggestionsResponse } from './api/list-suggestions';
export type { ListUsersResponse } from './api/list-users';
export type { MarkClaimResponse } from './api/mark-claim';
export type { MergeClaimsResponse } from './api/merge-claims';
export type {
  MergeConflictBody,
  MergeRefusedBody,
  UnmergeBlockedBody,
} from './api/merge-response';
export type { ModerateResponse } from './api/moderate';
export type { ClaimHistoryResponse, ModerationLogResponse } from './api/moderation-log';
export type { PreviewMergeResponse } from './api/preview-merge';
export type {
  ListAllSuggestionsResponse,
  ReviewSuggestionResponse,
} from './api/review-suggestion';
export type { SetRolesResponse } from './api/set-roles';
export type { SignInResponse } from './api/sign-in';
export type { SignUpResponse } from './api/sign-up';
export type { UnmergeClaimsResponse } from './api/unmerge-claims';
export { SESSION_COOKIE } from './auth/session';
export type { SessionCarrier } from './auth/session-carrier';
export { CSRF_HEADER } from './http/csrf';

/** One file per operation in server/api/; each registers its route here. */
const OPERATIONS = [
  health,
  listDebates,
  getDebate,
  listComments,
  getClaimAnchors,
  getCommentContext,
  signUp,
  signIn,
  signOut,
  getMe,
  addComment,
  editComment,
  deleteComment,
  markClaim,
  listSuggestions,
  debateEvents,
  // Merges (issue 5)
  previewMerge,
  mergeClaims,
  unmergeClaims,
  listDuplicates,
  // Roles (issue 5)
  getPermissions,
  listUsers,
  setRoles,
  // Curation and the moderation log (issue 5)
  moderate,
  reviewSuggestion,
  moderationLogRoutes,
  // Interop (issue 6)
  importDebateRoute,
  exportDebateRoute,
];

export function createApp(deps: AppDeps): Hono {
  const api: ApiDeps = {
    ...deps,
    sessions: createSessions(deps),
    limits: createApiLimits(deps.rateLimits, deps.now),
    overviews: createOverviewCache(deps.store),
  };
  const app = new Hono();
  // Claim texts are the bulk of a debate's payload and compress ~5:1. The middleware pipes the
  // body through CompressionStream (no buffering) and skips bodies under 1 KB and event streams.
  app.use('/api/*', compress());
  app.use('/api/*', csrfGuard(api.sessions, deps.trustProxy));
  // Stops reading a body past the limit, whatever Content-Length claims. An import is a file of
  // up to MAX_IMPORT_BYTES with its own limit (api/import-debate.ts), so it is let past this one.
  const generalLimit = bodyLimit({
    maxSize: LIMITS.requestBytes,
    onError: (c) =>
      errorResponse(
        c,
        413,
        'too_large',
        `The request body is over ${LIMITS.requestBytes / 1024} KB, the most this API reads. Send less.`,
      ),
  });
  app.use('/api/*', (c, next) => (c.req.path === IMPORT_PATH ? next() : generalLimit(c, next)));
  for (const register of OPERATIONS) register(app, api);

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
