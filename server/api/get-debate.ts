// GET /api/debates/:id: what opening a debate needs (post, claims, relations, the post's
// anchors, the comment count). Comments come in pages from list-comments.ts, so the first view
// costs the same for 50 comments or 50,000.
import type { Hono } from 'hono';
import type { DebateOverview } from '../../src/domain/model';
import { redactOverview } from '../../src/domain/moderation/redact';
import type { ApiDeps } from './deps';
import { debateNotFound, idParam } from './params';
import { hiddenFor } from './reader-view';

export interface GetDebateResponse {
  debate: DebateOverview;
}

export function getDebate(app: Hono, deps: ApiDeps): void {
  const { store } = deps;
  app.get('/api/debates/:id', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const debate = await store.getDebateOverview(id);
    if (!debate) return debateNotFound(c, id);
    const hidden = await hiddenFor(c, deps, id);
    return c.json<GetDebateResponse>({ debate: hidden ? redactOverview(debate, hidden) : debate });
  });
}
