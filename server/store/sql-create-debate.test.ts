// createDebate's bulk path on PGlite: the foreign-key triggers it switches off are off for its
// own transaction only, and a role that may not switch them off saves the same debate with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallDebate } from '../../test/fixtures/small-debate';
import { migrate } from '../db/migrate';
import { createPgliteClient } from '../db/pglite-client';
import type { SqlClient } from '../db/sql-client';
import { createSqlStore } from './sql-store';

/** The same database, answering that this role is no superuser (a hosted PostgreSQL's). */
function notSuperuser(sql: SqlClient): SqlClient {
  const wrap = (client: SqlClient): SqlClient => ({
    ...client,
    query: ((text: string, params?: unknown[]) =>
      text.includes("current_setting('is_superuser')")
        ? Promise.resolve([{ allowed: false }])
        : client.query(text, params)) as SqlClient['query'],
    transaction: (fn) => client.transaction((tx) => fn(wrap(tx))),
  });
  return wrap(sql);
}

describe('createDebate in SQL', () => {
  let sql: SqlClient;
  beforeAll(async () => {
    sql = await createPgliteClient();
    await migrate(sql);
  });
  afterAll(async () => {
    await sql.close();
  });

  it('switches the foreign-key triggers off for its own transaction only', async () => {
    await createSqlStore(sql).createDebate(smallDebate('bulk'));
    const [role] = await sql.query<{ role: string }>(
      `select current_setting('session_replication_role') as role`,
    );
    expect(role?.role).toBe('origin');
    // A later write is checked by the database again.
    await expect(
      sql.query(
        `insert into relations (debate_id, position, id, from_id, to_id, kind)
         values ('bulk', 99, 'r-ghost', 'nope', 'free-buses', 'attacks')`,
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it('saves the same debate where the role must keep the triggers', async () => {
    const store = createSqlStore(notSuperuser(sql));
    await store.createDebate(smallDebate('checked'));
    expect(await store.getDebate('checked')).toEqual(smallDebate('checked'));
  });
});
