// POST /api/debates/:id/merges/preview MergeRequest → 200 {preview}: what merging the claims
// would do (surviving wording, what moves, every conflict and its resolution, `blocking` reasons,
// and the `expected` tags to send back with the merge). Writes nothing. Moderators only.
import type { Hono } from 'hono';
import { MergeRequestSchema } from '../../src/domain/merge/merge-request';
import type { MergePreview } from '../store/merge-port';
import type { ApiDeps } from './deps';
import { mergeRefusal } from './merge-response';
import { idParam } from './params';
import { readBody, requireAllowed } from './request';

export interface PreviewMergeResponse {
  preview: MergePreview;
}

export function previewMerge(app: Hono, deps: ApiDeps): void {
  app.post('/api/debates/:id/merges/preview', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const actor = await requireAllowed(c, deps, 'claims.merge', { debateId: id });
    if (actor instanceof Response) return actor;
    const input = await readBody(c, MergeRequestSchema);
    if (input instanceof Response) return input;
    const result = await deps.store.previewMerge(id, input);
    if (result.kind !== 'preview') return mergeRefusal(c, id, result);
    return c.json<PreviewMergeResponse>({ preview: result.preview });
  });
}
