// The import and export routes over PGlite: a refused import leaves the database as it was.
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../db/migrate';
import { createPgliteClient } from '../db/pglite-client';
import type { SqlClient } from '../db/sql-client';
import { createSqlStore } from '../store/sql-store';
import { describeInteropApi } from './interop-api-suite';

let pglite: SqlClient;
beforeAll(async () => {
  pglite = await createPgliteClient();
  await migrate(pglite);
}, 60_000);
afterAll(() => pglite?.close());

// Every table references debates or users with ON DELETE CASCADE.
describeInteropApi('PGlite', async () => {
  await pglite.exec('truncate debates, users cascade');
  return createSqlStore(pglite);
});
