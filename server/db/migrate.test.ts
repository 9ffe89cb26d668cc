import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate';
import { createPgliteClient } from './pglite-client';
import type { SqlClient } from './sql-client';

const TABLES = [
  'anchors',
  'claim_revisions',
  'claims',
  'comments',
  'debate_moderators',
  'debates',
  'events',
  'relations',
  'schema_migrations',
  'sessions',
  'suggestions',
  'users',
];

async function tableNames(sql: SqlClient): Promise<string[]> {
  const rows = await sql.query<{ table_name: string }>(
    `select table_name from information_schema.tables
     where table_schema = 'public' order by table_name`,
  );
  return rows.map((row) => row.table_name);
}

// One in-memory PGlite for the file; the migrations run against it in order.
describe('migrate on PGlite', () => {
  let sql: SqlClient;
  // Starting PGlite takes seconds, more on a busy machine.
  beforeAll(async () => {
    sql = await createPgliteClient();
  }, 60_000);
  afterAll(async () => {
    await sql.close();
  });

  it('gives a fresh database every table and records each migration', async () => {
    const all = await loadMigrations();
    expect(await migrate(sql)).toEqual(all.map((m) => m.name));
    expect(await tableNames(sql)).toEqual(TABLES);
    const recorded = await sql.query<{ version: number }>(
      'select version from schema_migrations order by version',
    );
    expect(recorded.map((r) => r.version)).toEqual(all.map((m) => m.version));
  });

  it('is a no-op the second time', async () => {
    expect(await migrate(sql)).toEqual([]);
    expect(await tableNames(sql)).toEqual(TABLES);
  });

  it('applies only what is new, and a failing migration leaves nothing behind', async () => {
    const all = await loadMigrations();
    const next = all.length + 1;
    const good = { version: next, name: `${next}_good.sql`, sql: 'create table extra (x int);' };
    const bad = { version: next + 1, name: `${next + 1}_bad.sql`, sql: 'create table oops (;' };
    await expect(migrate(sql, [...all, good, bad])).rejects.toThrow();
    expect(await tableNames(sql)).toEqual(TABLES);
    expect(await migrate(sql, [...all, good])).toEqual([good.name]);
    expect(await tableNames(sql)).toContain('extra');
  });

  it('refuses a database migrated by a newer Crux', async () => {
    const all = await loadMigrations();
    await expect(migrate(sql, all)).rejects.toThrow(/does not know/);
  });
});

describe('loadMigrations', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crux-migrations-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sorts by version and ignores files that are not SQL', async () => {
    await writeFile(join(dir, '010_later.sql'), 'select 2;');
    await writeFile(join(dir, '002_earlier.sql'), 'select 1;');
    await writeFile(join(dir, 'README.md'), 'notes');
    const migrations = await loadMigrations(dir);
    expect(migrations.map((m) => [m.version, m.name])).toEqual([
      [2, '002_earlier.sql'],
      [10, '010_later.sql'],
    ]);
  });

  it('refuses a misnamed file and a clashing version', async () => {
    await writeFile(join(dir, '002_again.sql'), 'select 3;');
    await expect(loadMigrations(dir)).rejects.toThrow(/share a version/);
    await writeFile(join(dir, 'Initial.sql'), 'select 4;');
    await expect(loadMigrations(dir)).rejects.toThrow(/must be named/);
  });
});
