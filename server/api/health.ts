// GET /api/health: the process is up and which database it uses. Cheap on purpose: load
// balancers call it often, so it does not query the database.
import type { Hono } from 'hono';
import type { AppDeps, DatabaseKind } from './deps';

export interface HealthResponse {
  status: 'ok';
  database: DatabaseKind;
}

export function health(app: Hono, { database }: AppDeps): void {
  app.get('/api/health', (c) => c.json<HealthResponse>({ status: 'ok', database }));
}
