// The SQL adapter of the Store port, over PGlite or PostgreSQL through the SqlClient port.
// A debate is written with one INSERT per table (sql-create-debate.ts) and read with one SELECT
// per table.
import { z } from 'zod';
import type { Debate, DebateSummary, Id } from '../../src/domain/model';
import { DebateSchema, DebateSummarySchema } from '../../src/domain/model';
import type { SqlClient } from '../db/sql-client';
import { createSqlAccounts } from './sql-accounts';
import { readDebateBase, writeDebate } from './sql-create-debate';
import { createSqlMerges } from './sql-merge';
import { createSqlModeration } from './sql-moderation';
import { createSqlSubscriptions } from './sql-subscribe';
import type { TableSpec } from './sql-tables';
import { ANCHORS, CLAIMS, COMMENTS, RELATIONS } from './sql-tables';
import { readClaimContext, readCommentContext, readOverview, readThreadPage } from './sql-thread';
import { createSqlWrites } from './sql-writes';
import type { Store } from './store';

/** The SQL store, which can also say when its LISTEN is active (tests, start-up). */
export interface SqlStore extends Store {
  /** Resolves once this store receives other processes' events (after the first subscribe). */
  listening(): Promise<void>;
}

export function createSqlStore(sql: SqlClient): SqlStore {
  const subscriptions = createSqlSubscriptions(sql);
  return {
    ...createSqlAccounts(sql),
    ...createSqlWrites(sql),
    ...createSqlModeration(sql),
    ...createSqlMerges(sql),
    subscribe: (listener) => subscriptions.subscribe(listener),
    listening: () => subscriptions.listening(),
    listDebates: () => listDebates(sql),
    getDebate: (id) => readDebate(sql, id),
    getDebateOverview: (id) => readOverview(sql, id),
    getThreadPage: (id, query) => readThreadPage(sql, id, query),
    getClaimContext: (id, claimId) => readClaimContext(sql, id, claimId),
    getCommentContext: (id, commentId) => readCommentContext(sql, id, commentId),
    createDebate: (debate, log) => writeDebate(sql, debate, log),
    getDebateBase: (id) => readDebateBase(sql, id),
    close: async () => {
      await subscriptions.close();
      await sql.close();
    },
  };
}

const SummaryRowsSchema = z.array(DebateSummarySchema);

async function listDebates(sql: SqlClient): Promise<DebateSummary[]> {
  const rows = await sql.query(
    `select d.id, d.title, d.author, d.published_at as "publishedAt",
       (select count(*) from comments c where c.debate_id = d.id)::int as "commentCount",
       (select count(*) from claims c where c.debate_id = d.id)::int as "claimCount"
     from debates d
     order by d.position`,
  );
  return SummaryRowsSchema.parse(rows);
}

async function readRows<T>(tx: SqlClient, debateId: Id, table: TableSpec<T>): Promise<unknown[]> {
  const names = table.columns.map((c) => c.name).join(', ');
  const rows = await tx.query<Record<string, unknown>>(
    `select ${names} from ${table.name} where debate_id = $1 order by position`,
    [debateId],
  );
  return rows.map(table.fromRow);
}

async function readDebate(sql: SqlClient, id: Id): Promise<Debate | null> {
  return sql.transaction(async (tx) => {
    // One snapshot for all five reads, so a debate is never seen half-changed.
    await tx.query('set transaction isolation level repeatable read');
    const [post] = await tx.query(
      `select title, author, published_at as "publishedAt", source_url as "sourceUrl", paragraphs
       from debates where id = $1`,
      [id],
    );
    if (!post) return null;
    const debate = {
      id,
      post,
      comments: await readRows(tx, id, COMMENTS),
      claims: await readRows(tx, id, CLAIMS),
      relations: await readRows(tx, id, RELATIONS),
      anchors: await readRows(tx, id, ANCHORS),
    };
    // The database is a boundary too: a row that no longer fits the model is an error, not data.
    return DebateSchema.parse(debate);
  });
}
