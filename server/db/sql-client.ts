// A tiny port over the two SQL engines Crux runs on, so the store, migrations and tests are
// written once. PGlite (embedded) and PostgreSQL (pg) each get an adapter in their own file.

export type SqlKind = 'pglite' | 'postgres';

export interface SqlClient {
  /** One parameterised statement ($1, $2, …); resolves to its rows. */
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Several statements with no parameters (a migration file). Separate from query because
   * PGlite's query uses the extended protocol, which allows only one statement.
   */
  exec(text: string): Promise<void>;
  /**
   * Runs fn inside BEGIN … COMMIT on one connection, rolling back if fn throws. Calling
   * transaction on a `tx` joins the same transaction rather than nesting one.
   */
  transaction<R>(fn: (tx: SqlClient) => Promise<R>): Promise<R>;
  /**
   * Calls `onPayload` with the payload of every NOTIFY on `channel`, from any connection to the
   * database (delivered when the notifying transaction commits). Resolves once listening; the
   * function it resolves to stops this listener. PostgreSQL listens on one dedicated connection
   * per client that reconnects when dropped; notifications sent while it was down are lost, so
   * `onReconnect` is called after each reconnection for the caller to catch up another way.
   * Not available on a transaction's client.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  /** Closes the engine or pool; for PGlite this also flushes the data folder. */
  close(): Promise<void>;
  readonly kind: SqlKind;
}

/** A PostgreSQL error code (SQLSTATE), if the thrown value carries one. */
export function sqlErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** SQLSTATE for unique_violation. */
export const UNIQUE_VIOLATION = '23505';
