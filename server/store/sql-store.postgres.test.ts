// The Store contract and the migrations against a real PostgreSQL server. Start a throwaway one
// with: TEST_DATABASE_URL=$(scripts/pg-temp.sh start /tmp/crux-pg 54329)
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../db/migrate';
import { createPgClient } from '../db/pg-client';
import type { SqlClient } from '../db/sql-client';
import { createSqlStore } from './sql-store';
import { describeStoreContract } from './store-contract';

const url = process.env.TEST_DATABASE_URL;
const title = url
  ? 'on PostgreSQL (TEST_DATABASE_URL)'
  : 'on PostgreSQL: SKIPPED because TEST_DATABASE_URL is unset (see scripts/pg-temp.sh)';

describe.skipIf(!url)(title, () => {
  let sql: SqlClient;
  beforeAll(async () => {
    sql = createPgClient({ connectionString: url });
    // Once per file: the schema is dropped and recreated so every run starts from nothing.
    await sql.exec('drop schema if exists public cascade; create schema public;');
  });

  describe('migrations', () => {
    it('two processes migrating at once: one applies everything, the other waits and finds nothing to do', async () => {
      const other = createPgClient({ connectionString: url });
      try {
        const results = await Promise.all([migrate(sql), migrate(other)]);
        const names = (await loadMigrations()).map((m) => m.name);
        expect(results.map((applied) => applied.length).sort((a, b) => a - b)).toEqual([
          0,
          names.length,
        ]);
        expect(results.flat()).toEqual(names);
      } finally {
        await other.close();
      }
    });

    it('gives the database every table, and is a no-op the second time', async () => {
      expect(await migrate(sql)).toEqual([]);
      const rows = await sql.query<{ table_name: string }>(
        `select table_name from information_schema.tables
         where table_schema = 'public' order by table_name`,
      );
      expect(rows.map((r) => r.table_name)).toEqual([
        'anchors',
        'claims',
        'comments',
        'debates',
        'events',
        'relations',
        'schema_migrations',
        'sessions',
        'suggestions',
        'users',
      ]);
    });
  });

  // Runs last: it closes the pool after its final test.
  describeStoreContract('SQL on PostgreSQL', {
    create: async () => createSqlStore(sql),
    reset: () => sql.exec('truncate debates, users cascade'),
  });
});
