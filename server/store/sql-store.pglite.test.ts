import { beforeAll, describe, expect, it } from 'vitest';
import { seedDebate } from '../../src/seed/seed-debate';
import { smallDebate } from '../../test/fixtures/small-debate';
import { threadedDebate } from '../../test/fixtures/threaded-debate';
import { migrate } from '../db/migrate';
import { createPgliteClient } from '../db/pglite-client';
import type { SqlClient } from '../db/sql-client';
import { createSqlStore } from './sql-store';
import { describeStoreContract } from './store-contract';

// One in-memory PGlite for the whole file (starting one takes seconds); the contract suite
// closes it after its last test, so it runs last.
let sql: SqlClient;

// Starting PGlite takes seconds, more on a busy machine: give it longer than the default.
beforeAll(async () => {
  sql = await createPgliteClient();
  await migrate(sql);
}, 60_000);

// Every other table references debates with ON DELETE CASCADE.
const emptyTables = () => sql.exec('truncate debates, users cascade');

describe('SQL store on PGlite: storage', () => {
  it('keeps each list in its own table with an explicit position, in the order given', async () => {
    await emptyTables();
    await createSqlStore(sql).createDebate(smallDebate());
    const rows = await sql.query<{ id: string; position: number }>(
      'select id, position from comments order by position',
    );
    expect(rows).toEqual([
      { id: 'c2', position: 0 },
      { id: 'c1', position: 1 },
      { id: 'c3', position: 2 },
    ]);
  });

  it('reads the seed debate back exactly as written', async () => {
    await emptyTables();
    const store = createSqlStore(sql);
    await store.createDebate(seedDebate);
    expect(await store.getDebate(seedDebate.id)).toEqual(seedDebate);
  });

  it('leaves no rows behind when a write fails half-way in the database', async () => {
    await emptyTables();
    // Valid for the domain rules, refused by the schema: the debates row is inserted first,
    // so this proves the transaction, not the validator, keeps the write all-or-nothing.
    const debate = smallDebate();
    await sql.exec(`alter table claims add constraint no_tallinn check (id <> 'tallinn')`);
    try {
      await expect(createSqlStore(sql).createDebate(debate)).rejects.toThrow();
    } finally {
      await sql.exec('alter table claims drop constraint no_tallinn');
    }
    expect(await sql.query('select id from debates')).toEqual([]);
    expect(await sql.query('select id from comments')).toEqual([]);
  });
});

describe('SQL store on PGlite: thread positions', () => {
  it('fills in positions of comments written before migration 002 on first read', async () => {
    await emptyTables();
    const store = createSqlStore(sql);
    await store.createDebate(threadedDebate());
    const query = { sort: 'newest', limit: 50, after: null, parentId: null } as const;
    const before = await store.getThreadPage('threaded', query);
    await sql.exec('update comments set pos_oldest = null, pos_newest = null, root_id = null');
    expect(await store.getThreadPage('threaded', query)).toEqual(before);
    expect(await sql.query('select id from comments where pos_oldest is null')).toEqual([]);
  });

  it('reads a main page through the partial index, not the whole table', async () => {
    const plan = await sql.query<Record<string, string>>(
      `explain select id from comments where debate_id = 'threaded' and pos_oldest <= 20
       and (root_rank_oldest, pos_oldest) > (0, 3) order by root_rank_oldest, pos_oldest limit 5`,
    );
    await sql.exec('set enable_seqscan = off');
    const forced = await sql.query<Record<string, string>>(
      `explain select id from comments where debate_id = 'threaded' and pos_oldest <= 20
       and (root_rank_oldest, pos_oldest) > (0, 3) order by root_rank_oldest, pos_oldest limit 5`,
    );
    await sql.exec('set enable_seqscan = on');
    // A tiny table may be seq-scanned by choice; with seq scans off the index must serve it.
    expect(JSON.stringify([plan, forced])).toContain('comments_page_oldest_idx');
  });
});

describeStoreContract('SQL on PGlite', {
  create: async () => createSqlStore(sql),
  reset: emptyTables,
  propertyRuns: 15,
});
