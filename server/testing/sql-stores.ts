// For API suites that must hold on every database users run: registers `suite` once over PGlite
// and, when TEST_DATABASE_URL is set, once over a real PostgreSQL in a database of its own (other
// test files drop and recreate the shared database's schema). Each test gets an emptied store.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../db/migrate';
import { createPgClient } from '../db/pg-client';
import { createPgliteClient } from '../db/pglite-client';
import type { SqlClient } from '../db/sql-client';
import { createSqlStore } from '../store/sql-store';
import type { Store } from '../store/store';

export type FreshStore = () => Promise<Store>;

/** Every table references debates or users with ON DELETE CASCADE. */
const emptied = (sql: () => SqlClient): FreshStore => {
  return async () => {
    await sql().exec('truncate debates, users cascade');
    return createSqlStore(sql());
  };
};

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `name` makes the PostgreSQL database's name (crux_<name>_<pid>): lowercase letters and _. */
export function onSqlStores(name: string, suite: (where: string, fresh: FreshStore) => void): void {
  let pglite: SqlClient;
  beforeAll(async () => {
    pglite = await createPgliteClient();
    await migrate(pglite);
  }, 60_000);
  afterAll(() => pglite?.close());
  suite(
    'PGlite',
    emptied(() => pglite),
  );

  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const database = `crux_${name}_${process.pid}`;
  let postgres: SqlClient;
  beforeAll(async () => {
    await adminQuery(url, `drop database if exists ${database} with (force)`);
    await adminQuery(url, `create database ${database}`);
    const target = new URL(url);
    target.pathname = `/${database}`;
    postgres = createPgClient({ connectionString: target.toString() });
    await migrate(postgres);
  }, 60_000);
  afterAll(async () => {
    await postgres?.close();
    await adminQuery(url, `drop database if exists ${database} with (force)`);
  });
  suite(
    'PostgreSQL (TEST_DATABASE_URL)',
    emptied(() => postgres),
  );
}
