// The SqlClient adapter for a PostgreSQL server through a pg connection pool.
import pg from 'pg';
import { createPgListener } from './pg-listener';
import type { SqlClient } from './sql-client';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

function queriesOn(target: Queryable): Pick<SqlClient, 'query' | 'exec'> {
  return {
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      const result = await target.query(text, params);
      return result.rows as T[];
    },
    async exec(text: string): Promise<void> {
      // With no parameters pg uses the simple protocol, which runs several statements.
      await target.query(text);
    },
  };
}

function transactionClient(connection: pg.PoolClient): SqlClient {
  const client: SqlClient = {
    kind: 'postgres',
    ...queriesOn(connection),
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

/** A SqlClient over a pg Pool. The pool connects lazily: the first query reveals a bad URL. */
export function createPgClient(config: pg.PoolConfig): SqlClient {
  const pool = new pg.Pool(config);
  // Connects on the first listen only: a process that never subscribes holds no extra connection.
  const listener = createPgListener(config);
  // An idle connection dropped by the server must not crash the process; the next query
  // gets a fresh connection or a clear error.
  pool.on('error', (error) => {
    console.error(`PostgreSQL connection lost: ${error.message}`);
  });
  return {
    kind: 'postgres',
    ...queriesOn(pool),
    async transaction<R>(fn: (tx: SqlClient) => Promise<R>): Promise<R> {
      const connection = await pool.connect();
      // A connection whose ROLLBACK failed is in an unknown state: destroy it, do not reuse it.
      let broken = false;
      try {
        await connection.query('BEGIN');
        const result = await fn(transactionClient(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    listen: (channel, onPayload, onReconnect) => listener.listen(channel, onPayload, onReconnect),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}
