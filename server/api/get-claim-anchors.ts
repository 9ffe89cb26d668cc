// GET /api/debates/:id/claims/:claimId/anchors: where a claim is said, with the comments that
// say it and their ancestors, so the thread can show the words in place before the pages
// around them are loaded ("jump to comment"). The id of a merged claim answers for its survivor.
import type { Hono } from 'hono';
import type { Anchor } from '../../src/domain/model';
import type { ThreadComment } from '../../src/domain/thread-page';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';
import { hiddenFor, threadView } from './reader-view';

export interface GetClaimAnchorsResponse {
  /** Set when the id asked for was merged: the claim it now lands on (show and select this). */
  claimId?: string;
  /** The claim's anchors, then the other anchors said in `comments`. */
  anchors: Anchor[];
  /** The comments that state the claim and their ancestors, in 'oldest' thread order. */
  comments: ThreadComment[];
}

export function getClaimAnchors(app: Hono, deps: ApiDeps): void {
  const { store } = deps;
  app.get('/api/debates/:id/claims/:claimId/anchors', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const claimId = idParam(c, 'claimId', 'claim');
    if (claimId instanceof Response) return claimId;
    let result = await store.getClaimContext(id, claimId);
    // An old link to a merged claim lands on the claim it was merged into.
    const survivor = result.kind === 'no-claim' ? await store.resolveClaimId(id, claimId) : null;
    if (survivor !== null && survivor !== claimId)
      result = await store.getClaimContext(id, survivor);
    if (result.kind === 'no-debate') return debateNotFound(c, id);
    const hidden = await hiddenFor(c, deps, id);
    const landed = survivor ?? claimId;
    // A hidden claim does not exist for a reader.
    if (result.kind === 'no-claim' || hidden?.claims.has(landed)) {
      return errorResponse(c, 404, 'not_found', `No claim "${claimId}" in debate "${id}".`);
    }
    const shown = threadView(hidden, result);
    return c.json<GetClaimAnchorsResponse>({
      ...(survivor !== null && survivor !== claimId ? { claimId: survivor } : {}),
      anchors: shown.anchors,
      comments: shown.comments,
    });
  });
}
