// GET /api/debates/:id: what opening a debate needs (post, claims, relations, the post's
// anchors, the comment count). Comments come in pages from list-comments.ts, so the first view
// costs the same for 50 comments or 50,000. The body is built once per debate change and view
// (server/cache/overview-cache.ts): every other reader gets the stored bytes.
import type { Context, Hono } from 'hono';
import type { DebateOverview } from '../../src/domain/model';
import { redactOverview } from '../../src/domain/moderation/redact';
import { acceptsGzip, type CachedOverview } from '../cache/overview-cache';
import type { ApiDeps } from './deps';
import { debateNotFound, idParam } from './params';
import { hiddenFor } from './reader-view';

export interface GetDebateResponse {
  debate: DebateOverview;
}

export function getDebate(app: Hono, deps: ApiDeps): void {
  const { store, overviews } = deps;
  app.get('/api/debates/:id', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const hidden = await hiddenFor(c, deps, id);
    const body = await overviews.read(id, hidden ? 'reader' : 'moderator', async () => {
      const debate = await store.getDebateOverview(id);
      if (!debate) return null;
      const response: GetDebateResponse = {
        debate: hidden ? redactOverview(debate, hidden) : debate,
      };
      return { body: response, seq: debate.seq };
    });
    if (!body) return debateNotFound(c, id);
    return send(c, body);
  });
}

/** The stored bytes, gzipped when the client takes gzip (the compress middleware skips them). */
function send(c: Context, body: CachedOverview): Response {
  const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Vary: 'Accept-Encoding',
  };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  // A copy of the bytes: the response body must not share (and detach) the cached buffer.
  return c.body((gzip ? body.gzip : body.json).slice(), 200, headers);
}
