// The SQL write path and event log. One write is one transaction:
//   lock the debate row (FOR UPDATE: writers of one debate queue here, so decisions see every
//   earlier write) → load the state and decide (pure) → on an event: seq + 1 on the locked row,
//   the rows, the event, and pg_notify (delivered at commit, so a listener never reads ahead of
//   the log). Commit order is seq order; a refusal commits nothing, and a suggestion commits its
//   row with a 'suggestion.changed' event that changes no row.
import { z } from 'zod';
import { type DebateEvent, DebateEventSchema } from '../../src/domain/events';
import type { Id } from '../../src/domain/model';
import {
  type EventDraft,
  type SuggestionDraft,
  systemContext,
  toEvent,
  type WriteContext,
  type WriteRefusal,
} from '../../src/domain/writes';
import type { SqlClient } from '../db/sql-client';
import { persistEvent } from './sql-persist';
import type { MarkResult } from './store';

/** The NOTIFY channel; payload `debateId:seq`. */
export const EVENTS_CHANNEL = 'crux_events';

export type Decide = (
  tx: SqlClient,
  ctx: WriteContext,
) => Promise<EventDraft | SuggestionDraft | WriteRefusal>;

async function insertSuggestion(tx: SqlClient, draft: SuggestionDraft): Promise<void> {
  const s = draft.suggestion;
  await tx.query(
    `insert into suggestions (debate_id, id, author_id, created_at, status, mark, exact)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [s.debateId, s.id, s.authorId, s.createdAt, s.status, JSON.stringify(s.mark), s.exact],
  );
}

async function appendEvent(
  tx: SqlClient,
  debateId: Id,
  draft: EventDraft,
  actorId: Id,
  at: string,
): Promise<DebateEvent> {
  const [row] = await tx.query<{ seq: number }>(
    'update debates set seq = seq + 1 where id = $1 returning seq::int as seq',
    [debateId],
  );
  if (!row) throw new Error(`Debate "${debateId}" vanished while locked.`);
  const event = toEvent(draft, { debateId, seq: row.seq, at, actorId });
  await persistEvent(tx, event);
  await tx.query(
    `insert into events (debate_id, seq, type, at, actor_id, payload, reason, undoes)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
    [
      debateId,
      event.seq,
      event.type,
      event.at,
      actorId,
      JSON.stringify({
        upsert: event.upsert,
        remove: event.remove,
        before: event.before,
        suggestion: event.suggestion,
        followedBy: event.followedBy,
      }),
      event.reason ?? null,
      event.undoes ?? null,
    ],
  );
  await tx.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, `${debateId}:${event.seq}`]);
  return event;
}

/** Runs one write in one transaction; see the top of this file. */
export function runWrite(
  sql: SqlClient,
  debateId: Id,
  actorId: Id,
  decide: Decide,
): Promise<MarkResult> {
  return sql.transaction(async (tx): Promise<MarkResult> => {
    const locked = await tx.query('select 1 from debates where id = $1 for update', [debateId]);
    if (locked.length === 0) return { kind: 'no-debate' };
    // After the lock, so `at` follows seq order.
    const ctx = systemContext();
    const decided = await decide(tx, ctx);
    if (decided.kind === 'suggestion') {
      await insertSuggestion(tx, decided);
      await appendEvent(tx, debateId, decided.event, actorId, ctx.now);
      return { kind: 'suggested', suggestion: decided.suggestion };
    }
    if (decided.kind !== 'event') return decided;
    return { kind: 'ok', event: await appendEvent(tx, debateId, decided, actorId, ctx.now) };
  });
}

const EventRowsSchema = z.array(
  z.object({
    seq: z.number(),
    type: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    payload: z.object({
      upsert: z.unknown(),
      remove: z.unknown(),
      before: z.unknown().optional(),
      suggestion: z.unknown().optional(),
      followedBy: z.unknown().optional(),
    }),
    reason: z.string().nullable(),
    undoes: z.number().nullable(),
  }),
);

/** Events with seq > afterSeq, oldest first, zod-checked; null when there is no such debate. */
export async function readEventsAfter(
  sql: SqlClient,
  debateId: Id,
  afterSeq: number,
  limit: number,
): Promise<DebateEvent[] | null> {
  return sql.transaction(async (tx) => {
    const exists = await tx.query('select 1 from debates where id = $1', [debateId]);
    if (exists.length === 0) return null;
    const rows = await tx.query(
      `select seq::int as seq, type, at, actor_id as "actorId", payload, reason,
         undoes::int as undoes from events
       where debate_id = $1 and seq > $2 order by seq limit $3`,
      [debateId, Math.floor(afterSeq), Math.max(0, Math.floor(limit))],
    );
    // Absent stays absent: an event without a reason or before-state reads back without one.
    return EventRowsSchema.parse(rows).map(({ payload, reason, undoes, ...row }) =>
      DebateEventSchema.parse({
        debateId,
        ...row,
        upsert: payload.upsert,
        remove: payload.remove,
        ...(payload.before === undefined ? {} : { before: payload.before }),
        ...(payload.suggestion === undefined ? {} : { suggestion: payload.suggestion }),
        ...(payload.followedBy === undefined ? {} : { followedBy: payload.followedBy }),
        ...(reason === null ? {} : { reason }),
        ...(undoes === null ? {} : { undoes }),
      }),
    );
  });
}
