// GET /api/debates/:id/comments?sort=&limit=&cursor=&parent=: the thread in cursor pages.
// Main pages hold the top-level comments in sort order, each followed depth first by up to
// THREAD_REPLY_CAP of its replies; `cuts` says where a thread was cut and how to continue it
// (?parent=ID&cursor=…). Cursors are opaque: never an offset, which shifts as comments arrive.
import type { Hono } from 'hono';
import { z } from 'zod';
import { type Anchor, type Id, IdSchema } from '../../src/domain/model';
import { decodeThreadCursor, encodeThreadCursor } from '../../src/domain/thread-cursor';
import {
  cutThreads,
  THREAD_PAGE_DEFAULT,
  THREAD_PAGE_MAX,
  type ThreadComment,
  type ThreadPlace,
} from '../../src/domain/thread-page';
import type { ApiDeps } from './deps';
import { errorResponse, quoteInput } from './errors';
import { debateNotFound, idParam } from './params';
import { hiddenFor, threadView } from './reader-view';

export interface ListCommentsResponse {
  /** In reading order for the chosen sort. */
  comments: ThreadComment[];
  /** Every anchor said in these comments. */
  anchors: Anchor[];
  /** The cursor of the next page of this listing, or null at its end. */
  nextCursor: string | null;
  /** Threads cut in this page: continue with ?parent=parentId&cursor=cursor. */
  cuts: { parentId: Id; hidden: number; cursor: string }[];
}

const QuerySchema = z.object({
  sort: z
    .enum(['oldest', 'newest'], { error: 'sort must be "oldest" or "newest"' })
    .default('oldest'),
  limit: z.coerce
    .number({ error: 'limit must be a whole number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(THREAD_PAGE_MAX, { error: `limit must be at most ${THREAD_PAGE_MAX}` })
    .default(THREAD_PAGE_DEFAULT),
  cursor: z.string().optional(),
  parent: IdSchema.optional(),
});

export function listComments(app: Hono, deps: ApiDeps): void {
  const { store } = deps;
  app.get('/api/debates/:id/comments', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const parsed = QuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'query';
      return errorResponse(c, 400, 'bad_request', `Bad ${field}: ${issue?.message ?? 'invalid'}.`);
    }
    const { sort, limit, cursor, parent = null } = parsed.data;
    let after: ThreadPlace | null = null;
    if (cursor !== undefined) {
      after = decodeThreadCursor(cursor);
      if (!after) {
        return errorResponse(
          c,
          400,
          'bad_request',
          `${quoteInput(cursor)} is not a cursor from this API. Use the nextCursor or cuts[].cursor of a previous page, or leave cursor out for the first page.`,
        );
      }
    }
    const result = await store.getThreadPage(id, { sort, limit, after, parentId: parent });
    if (result.kind === 'no-debate') return debateNotFound(c, id);
    if (result.kind === 'no-parent') {
      return errorResponse(c, 404, 'not_found', `No comment "${parent}" in debate "${id}".`);
    }
    const shown = threadView(await hiddenFor(c, deps, id), result);
    const last = result.comments.at(-1);
    const cuts = parent === null ? cutThreads(result.comments, sort) : [];
    return c.json<ListCommentsResponse>({
      comments: shown.comments,
      anchors: shown.anchors,
      nextCursor: result.hasMore && last ? encodeThreadCursor(last.thread[sort]) : null,
      cuts: cuts.map((cut) => ({
        parentId: cut.parentId,
        hidden: cut.hidden,
        cursor: encodeThreadCursor(cut.after),
      })),
    });
  });
}
