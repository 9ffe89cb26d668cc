// Versioned SQL migrations: server/db/migrations/NNN_name.sql, applied in order at start-up, each
// recorded in schema_migrations so it runs once per database.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './sql-client';

export interface Migration {
  /** NNN from the file name; applied in ascending order. */
  version: number;
  /** The file name, e.g. "001_initial.sql". */
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_PATTERN = /^(\d{3})_[a-z0-9_]+\.sql$/;
// Any fixed number works; it only has to be the same in every Crux process.
const MIGRATION_LOCK_KEY = 72_014_096;

/** Reads the migration files of `dir`, sorted by version. Refuses misnamed or clashing files. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql'));
  const migrations: Migration[] = [];
  for (const name of names) {
    const match = FILE_PATTERN.exec(name);
    if (!match?.[1]) {
      throw new Error(`Migration file "${name}" must be named NNN_lowercase_words.sql.`);
    }
    const sql = await readFile(join(dir, name), 'utf8');
    migrations.push({ version: Number(match[1]), name, sql });
  }
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    const [before, after] = [migrations[i - 1], migrations[i]];
    if (before && after && before.version === after.version) {
      throw new Error(`Migrations "${before.name}" and "${after.name}" share a version number.`);
    }
  }
  return migrations;
}

/**
 * Applies the migrations this database has not had yet, in order, all in one transaction (all
 * or none). The advisory lock makes a second process starting at the same moment wait, then
 * find nothing left to do. Resolves to the names of the migrations it applied.
 */
export async function migrate(
  sql: SqlClient,
  migrations?: readonly Migration[],
): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  return sql.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>('select version from schema_migrations');
    const done = new Set(rows.map((row) => row.version));
    const known = new Set(all.map((m) => m.version));
    const unknown = [...done].filter((version) => !known.has(version));
    if (unknown.length > 0) {
      throw new Error(
        `The database has migration ${unknown.join(', ')}, which this version of Crux does not know. Run the newer Crux that made it, or use another database.`,
      );
    }
    const applied: string[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.name);
    }
    return applied;
  });
}
