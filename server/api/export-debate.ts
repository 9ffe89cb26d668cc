// GET /api/debates/:id/export?format=aif|argdown|kialo|crux → the debate as a file to download
// (Content-Disposition: attachment), Crux JSON with its event log and the rows it began with. A
// read like any other: what is hidden from the asker stays out of the file (for-readers.ts).
import type { Hono } from 'hono';
import { z } from 'zod';
import { EXPORT_FORMATS, exportDebate } from '../../src/domain/formats';
import { EMPTY_BASE } from '../../src/domain/formats/debate-log';
import { debateForReaders, eventsForReaders } from '../../src/domain/formats/for-readers';
import { can } from '../../src/domain/permissions';
import { readDebateLog } from '../store/read-debate-log';
import type { ApiDeps } from './deps';
import { errorResponse } from './errors';
import { debateNotFound, idParam } from './params';
import { currentActor } from './request';

const QuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, {
    error: `format must be one of ${EXPORT_FORMATS.join(', ')} (e.g. ?format=aif)`,
  }),
});

export function exportDebateRoute(app: Hono, deps: ApiDeps): void {
  app.get('/api/debates/:id/export', async (c) => {
    const id = idParam(c, 'id', 'debate');
    if (id instanceof Response) return id;
    const query = QuerySchema.safeParse(c.req.query());
    if (!query.success) {
      const message = query.error.issues[0]?.message ?? 'format is missing';
      return errorResponse(c, 400, 'bad_request', `Bad format: ${message}.`);
    }
    const { format } = query.data;
    const stored = await deps.store.getDebate(id);
    if (!stored) return debateNotFound(c, id);
    const { events, base } =
      format === 'crux' ? await readDebateLog(deps.store, id) : { events: [], base: EMPTY_BASE };
    const actor = await currentActor(c, deps);
    const seesAll = can(actor, 'hidden.view', { debateId: id }).ok;
    // A reader's file has the log only when nothing is hidden (for-readers.ts); its base with it.
    const file = seesAll
      ? exportDebate(stored, format, events, base)
      : exportDebate(debateForReaders(stored), format, eventsForReaders(stored, events), base);
    // Per person when something is hidden, so never kept by a shared cache.
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
    c.header('Content-Type', file.mediaType);
    return c.body(file.text, 200);
  });
}
