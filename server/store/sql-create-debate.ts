// Creating a debate in SQL: one transaction, one INSERT per table whatever the debate's size
// (each column travels as one array and is unnested, sql-rows.ts), and, when it comes with an
// event log (a Crux JSON import, decision 0009), the log checked first and written in one more
// INSERT with the debate's seq set to its last event.
import { z } from 'zod';
import type { DebateEvent, EventUpsert } from '../../src/domain/events';
import { EventUpsertSchema } from '../../src/domain/events';
import { baseOf, checkDebateLog, type DebateLog } from '../../src/domain/formats/debate-log';
import type { Debate, Id } from '../../src/domain/model';
import { parseDebate } from '../../src/domain/rules';
import { placeComments } from '../../src/domain/thread-page';
import type { SqlClient } from '../db/sql-client';
import { insertRows } from './sql-rows';
import { ANCHORS, CLAIMS, COMMENTS, RELATIONS } from './sql-tables';
import { DebateExistsError, InvalidDebateError } from './store';

/** Above this many comments plus claims, a write refreshes planner statistics mid-way. */
const BULK_ROWS = 2000;

/**
 * Whether this connection may switch foreign-key triggers off for its own transaction (PGlite
 * always runs as a superuser; a PostgreSQL role need not be one, and then keeps them).
 */
async function maySkipTriggers(tx: SqlClient): Promise<boolean> {
  const [row] = await tx.query<{ allowed: boolean }>(
    `select current_setting('is_superuser') = 'on' as allowed`,
  );
  return row?.allowed === true;
}

/**
 * A new debate's foreign keys are checked before the transaction (parseDebate: every relation's
 * claims, every anchor's claim and comment exist; the debate row is inserted first), so the
 * per-row triggers that check each again (an index probe and a row lock per reference: most of
 * the save of a big debate) are switched off for this transaction only, where allowed.
 */
async function skipForeignKeyTriggers(tx: SqlClient): Promise<boolean> {
  if (!(await maySkipTriggers(tx))) return false;
  await tx.query('set local session_replication_role = replica');
  return true;
}

/** The debate, checked: its invariants and, with a log, that the log replays to it. */
function checked(input: Debate, log: DebateLog | undefined): Debate {
  const parsed = parseDebate(input);
  if (!parsed.ok) throw new InvalidDebateError(parsed.errors);
  if (log) {
    const check = checkDebateLog(parsed.debate, log);
    if (!check.ok) throw new InvalidDebateError([check.message]);
  }
  return parsed.debate;
}

async function insertDebateRow(tx: SqlClient, debate: Debate, log: DebateLog): Promise<void> {
  // ON CONFLICT rather than a prior SELECT: two writers racing for one id cannot both win.
  const inserted = await tx.query(
    `insert into debates (id, title, author, published_at, source_url, paragraphs, seq, base)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (id) do nothing
     returning id`,
    [
      debate.id,
      debate.post.title,
      debate.post.author,
      debate.post.publishedAt,
      debate.post.sourceUrl,
      debate.post.paragraphs,
      log.events.length,
      JSON.stringify(log.base),
    ],
  );
  if (inserted.length === 0) throw new DebateExistsError(debate.id);
}

/** Every event in one statement; the payload holds what the columns do not (sql-events.ts). */
async function insertEvents(tx: SqlClient, debateId: Id, events: readonly DebateEvent[]) {
  if (events.length === 0) return;
  const payloads = events.map(
    ({ debateId: _d, seq: _s, type: _t, at: _a, actorId: _w, reason: _r, undoes: _u, ...rest }) =>
      JSON.stringify(rest),
  );
  await tx.query(
    `insert into events (debate_id, seq, type, at, actor_id, payload, reason, undoes)
     select $1, t.seq, t.type, t.at, t.actor_id, t.payload::jsonb, t.reason, t.undoes
     from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])
       as t(seq, type, at, actor_id, payload, reason, undoes)`,
    [
      debateId,
      events.map((e) => e.seq),
      events.map((e) => e.type),
      events.map((e) => e.at),
      events.map((e) => e.actorId),
      payloads,
      events.map((e) => e.reason ?? null),
      events.map((e) => e.undoes ?? null),
    ],
  );
}

/**
 * Saves a debate (with its log, when given) in one transaction; see Store.createDebate. Without
 * a log the debate is its own base at seq 0.
 */
export async function writeDebate(sql: SqlClient, input: Debate, log?: DebateLog): Promise<void> {
  const debate = checked(input, log);
  const history = log ?? { base: baseOf(debate), events: [] };
  await sql.transaction(async (tx) => {
    const skipped = await skipForeignKeyTriggers(tx);
    await insertDebateRow(tx, debate, history);
    await insertRows(tx, debate.id, COMMENTS, placeComments(debate.comments));
    await insertRows(tx, debate.id, CLAIMS, debate.claims);
    // Where the triggers run, their checks in the next two inserts are planned from the tables'
    // statistics; stale ones (a table that looked tiny) turn each check into a scan: 10k anchors
    // took seconds instead of milliseconds. Fresh statistics cost ~0.1 s: only for big debates.
    if (!skipped && debate.comments.length + debate.claims.length > BULK_ROWS) {
      await tx.query('analyze comments');
      await tx.query('analyze claims');
    }
    await insertRows(tx, debate.id, RELATIONS, debate.relations);
    await insertRows(tx, debate.id, ANCHORS, debate.anchors);
    await insertEvents(tx, debate.id, history.events);
  });
}

const BaseRowSchema = z.array(z.object({ base: z.string().nullable() }));

/** The rows the debate was created with; null when there is none, or it predates bases. */
export async function readDebateBase(sql: SqlClient, id: Id): Promise<EventUpsert | null> {
  const [row] = BaseRowSchema.parse(
    await sql.query('select base from debates where id = $1', [id]),
  );
  if (!row) return null;
  // Debates saved before migration 007 have no base: their log cannot be replayed.
  return row.base === null ? null : EventUpsertSchema.parse(JSON.parse(row.base));
}
