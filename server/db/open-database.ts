// Opens the database the configuration asks for: PostgreSQL when DATABASE_URL is set, otherwise
// the embedded PGlite in DATA_DIR. Failure is one DatabaseUnavailableError whose message is a
// single line a person can act on, naming host:port but never the password.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createPgClient } from './pg-client';
import { createPgliteClient } from './pglite-client';
import type { SqlClient } from './sql-client';

export interface DatabaseConfig {
  databaseUrl: string | undefined;
  dataDir: string;
}

export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

// How long start-up waits for PostgreSQL before giving up with a clear message.
const CONNECT_TIMEOUT_MS = 5000;

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's connection errors for a hostname with several addresses are an AggregateError
  // with an empty message and the code on the error itself.
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const text = error.message.split('\n')[0]?.trim();
  return text || code || error.name;
}

async function openPostgres(databaseUrl: string): Promise<SqlClient> {
  let where: string;
  try {
    const url = new URL(databaseUrl);
    where = `${url.hostname}:${url.port || '5432'}`;
  } catch {
    throw new DatabaseUnavailableError(
      'DATABASE_URL is not a valid URL: expected postgres://user:password@host:port/database.',
    );
  }
  const client = createPgClient({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  try {
    await client.query('select 1');
    return client;
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `Cannot connect to the PostgreSQL database at ${where} (${reasonOf(error)}). Check that it is running and that DATABASE_URL is right, or unset DATABASE_URL to use the embedded database in DATA_DIR.`,
    );
  }
}

async function openPglite(dataDir: string): Promise<SqlClient> {
  const dir = resolve(dataDir);
  try {
    await mkdir(dir, { recursive: true });
    return await createPgliteClient(dir);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot open the embedded database in ${dir} (${reasonOf(error)}). Check that the folder is writable and holds a Crux database, or set DATA_DIR to another folder.`,
    );
  }
}

/** The SqlClient for the configured database, checked to answer queries. */
export function openDatabase(config: DatabaseConfig): Promise<SqlClient> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
