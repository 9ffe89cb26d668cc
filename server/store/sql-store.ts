// The SQL adapter of the Store port, over PGlite or PostgreSQL through the SqlClient port.
// A debate is written with one INSERT per table (each column passed as one array and unnested,
// so a debate of any size costs five statements) and read with one SELECT per table.
import { z } from 'zod';
import type { Debate, DebateSummary, Id } from '../../src/domain/model';
import { DebateSchema, DebateSummarySchema } from '../../src/domain/model';
import { parseDebate } from '../../src/domain/rules';
import { placeComments } from '../../src/domain/thread-page';
import type { SqlClient } from '../db/sql-client';
import { createSqlAccounts } from './sql-accounts';
import { createSqlMerges } from './sql-merge';
import { createSqlModeration } from './sql-moderation';
import { insertRows } from './sql-rows';
import { createSqlSubscriptions } from './sql-subscribe';
import type { TableSpec } from './sql-tables';
import { ANCHORS, CLAIMS, COMMENTS, RELATIONS } from './sql-tables';
import { readClaimContext, readCommentContext, readOverview, readThreadPage } from './sql-thread';
import { createSqlWrites } from './sql-writes';
import type { Store } from './store';
import { DebateExistsError, InvalidDebateError } from './store';

/** Above this many comments plus claims, a write refreshes planner statistics mid-way. */
const BULK_ROWS = 2000;

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
    createDebate: (debate) => writeDebate(sql, debate),
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

async function writeDebate(sql: SqlClient, input: Debate): Promise<void> {
  const parsed = parseDebate(input);
  if (!parsed.ok) throw new InvalidDebateError(parsed.errors);
  const { debate } = parsed;
  await sql.transaction(async (tx) => {
    // ON CONFLICT rather than a prior SELECT: two writers racing for one id cannot both win.
    const inserted = await tx.query(
      `insert into debates (id, title, author, published_at, source_url, paragraphs)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (id) do nothing
       returning id`,
      [
        debate.id,
        debate.post.title,
        debate.post.author,
        debate.post.publishedAt,
        debate.post.sourceUrl,
        debate.post.paragraphs,
      ],
    );
    if (inserted.length === 0) throw new DebateExistsError(debate.id);
    await insertRows(tx, debate.id, COMMENTS, placeComments(debate.comments));
    await insertRows(tx, debate.id, CLAIMS, debate.claims);
    // The foreign-key checks of the next two inserts are planned from the tables' statistics;
    // stale ones (a table that looked tiny) turn each check into a scan: 10k anchors took
    // seconds instead of milliseconds. Fresh statistics cost ~0.1 s, so only for big debates.
    if (debate.comments.length + debate.claims.length > BULK_ROWS) {
      await tx.query('analyze comments');
      await tx.query('analyze claims');
    }
    await insertRows(tx, debate.id, RELATIONS, debate.relations);
    await insertRows(tx, debate.id, ANCHORS, debate.anchors);
  });
}
