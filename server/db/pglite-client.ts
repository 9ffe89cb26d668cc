// The SqlClient adapter for PGlite: PostgreSQL compiled to WebAssembly, running in this process
// with its data in a folder (or in memory for tests).

import type { Transaction } from '@electric-sql/pglite';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from './sql-client';

type Queryable = Pick<Transaction, 'query' | 'exec'>;

function queriesOn(target: Queryable): Pick<SqlClient, 'query' | 'exec'> {
  return {
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      const result = await target.query<T>(text, params);
      return result.rows;
    },
    async exec(text: string): Promise<void> {
      await target.exec(text);
    },
  };
}

function transactionClient(tx: Transaction): SqlClient {
  const client: SqlClient = {
    kind: 'pglite',
    ...queriesOn(tx),
    transaction: (fn) => fn(client),
    listen: async () => {
      throw new Error('Listen on the database, not in a transaction.');
    },
    close: async () => {
      throw new Error('Close the database, not a transaction.');
    },
  };
  return client;
}

/**
 * Opens PGlite with its data in `dataDir` (created by PGlite if missing), or in memory when
 * `dataDir` is undefined. Resolves once the engine is ready.
 */
export async function createPgliteClient(dataDir?: string): Promise<SqlClient> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return {
    kind: 'pglite',
    ...queriesOn(db),
    transaction: (fn) => db.transaction((tx) => fn(transactionClient(tx))),
    // One process owns the embedded database, so its connection never drops: no reconnecting.
    listen: (channel, onPayload) => db.listen(channel, onPayload).then((stop) => () => stop()),
    close: () => db.close(),
  };
}
