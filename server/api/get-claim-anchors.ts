// GET /api/debates/:id/claims/:claimId/anchors: where a claim is said, with the comments that
// say it and their ancestors, so the thread can show the words in place before the pages
// around them are loaded ("jump to comment").
import type { Hono } from 'hono';
import type { Anchor } from '../../src/domain/model';
import type { ThreadComment } from '../../src/domain/thread-page';
import type { AppDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';

export interface GetClaimAnchorsResponse {
  /** The claim's anchors, then the other anchors said in `comments`. */
  anchors: Anchor[];
  /** The comments that state the claim and their ancestors, in 'oldest' thread order. */
  comments: ThreadComment[];
}

export function getClaimAnchors(app: Hono, { store }: AppDeps): void {
  app.get('/api/debates/:id/claims/:claimId/anchors', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const claimId = idParam(c, 'claimId', 'claim');
    if (claimId instanceof Response) return claimId;
    const result = await store.getClaimContext(id, claimId);
    if (result.kind === 'no-debate') return debateNotFound(c, id);
    if (result.kind === 'no-claim') {
      return errorResponse(c, 404, 'not_found', `No claim "${claimId}" in debate "${id}".`);
    }
    return c.json<GetClaimAnchorsResponse>({ anchors: result.anchors, comments: result.comments });
  });
}
