// GET /api/debates: every debate, as summaries, in creation order.
import type { Hono } from 'hono';
import type { DebateSummary } from '../../src/domain/model';
import type { AppDeps } from './deps';

export interface ListDebatesResponse {
  debates: DebateSummary[];
}

export function listDebates(app: Hono, { store }: AppDeps): void {
  app.get('/api/debates', async (c) =>
    c.json<ListDebatesResponse>({ debates: await store.listDebates() }),
  );
}
