// The authorization matrix over the SQL store: PGlite, and PostgreSQL with TEST_DATABASE_URL
// (in a database of its own: other files drop and recreate the shared one's schema).
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../db/migrate';
import { createPgClient } from '../db/pg-client';
import { createPgliteClient } from '../db/pglite-client';
import type { SqlClient } from '../db/sql-client';
import { createSqlStore } from '../store/sql-store';
import { describeAuthorizationMatrix } from './authorization-matrix-suite';

const fresh = (sql: () => SqlClient) => async () => {
  await sql().exec('truncate debates, users cascade');
  return createSqlStore(sql());
};

let pglite: SqlClient;
beforeAll(async () => {
  pglite = await createPgliteClient();
  await migrate(pglite);
}, 60_000);
afterAll(() => pglite?.close());
describeAuthorizationMatrix(
  'PGlite',
  fresh(() => pglite),
);

const url = process.env.TEST_DATABASE_URL;
if (url) {
  const name = `crux_authz_${process.pid}`;
  let postgres: SqlClient;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  beforeAll(async () => {
    await admin(`drop database if exists ${name} with (force)`);
    await admin(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    postgres = createPgClient({ connectionString: target.toString() });
    await migrate(postgres);
  }, 60_000);
  afterAll(async () => {
    await postgres?.close();
    await admin(`drop database if exists ${name} with (force)`);
  });
  describeAuthorizationMatrix(
    'PostgreSQL (TEST_DATABASE_URL)',
    fresh(() => postgres),
  );
}
