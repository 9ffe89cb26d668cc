// The SQL adapter's moderation: each write runs its decision (sql-moderation-decide.ts) under
// the debate's lock (runWrite), and writes its side rows (claim revisions, suggestion status)
// in the same transaction with the seq the event is about to take.
import { z } from 'zod';
import { type Suggestion, SuggestionSchema } from '../../src/domain/commands';
import { DebateEventSchema } from '../../src/domain/events';
import type { Id } from '../../src/domain/model';
import {
  type ClaimRevision,
  ClaimRevisionSchema,
  type ModerationCommand,
} from '../../src/domain/moderation/commands';
import { checkPending } from '../../src/domain/moderation/review';
import { MODERATION_TYPES } from '../../src/domain/moderation/undo';
import { type EventDraft, suggestionChanged } from '../../src/domain/writes';
import type { SqlClient } from '../db/sql-client';
import { declineResult, type ModerationMethods } from './moderation-port';
import { runWrite } from './sql-events';
import { decideInSql, readSuggestion } from './sql-moderation-decide';
import { nextSeq, writeRevisions } from './sql-moderation-revisions';
import { SUGGESTION_COLUMNS } from './sql-tables';
import type { WriteResult } from './store';

async function writeSideRows(
  tx: SqlClient,
  debateId: Id,
  command: ModerationCommand,
  draft: EventDraft,
  meta: { seq: number; at: string; actorId: Id },
) {
  await writeRevisions(tx, debateId, draft, meta);
  if (command.kind === 'accept-suggestion') {
    await tx.query(
      `update suggestions set status = 'accepted', reviewed_by = $3, reviewed_at = $4,
         review_reason = $5, seq = $6
       where debate_id = $1 and id = $2`,
      [debateId, command.suggestionId, meta.actorId, meta.at, command.reason ?? null, meta.seq],
    );
  }
  if (draft.type === 'moderation.undone') {
    await tx.query(
      `update suggestions set status = 'pending', reviewed_by = null, reviewed_at = null,
         review_reason = null, seq = null
       where debate_id = $1 and seq = $2`,
      [debateId, draft.undoes],
    );
  }
}

const RevisionRowsSchema = z.array(ClaimRevisionSchema);
const LogRowsSchema = z.array(
  z.object({
    seq: z.number(),
    type: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
    reason: z.string().nullable(),
    undoes: z.number().nullable(),
  }),
);

export function createSqlModeration(sql: SqlClient): ModerationMethods {
  const debateExists = async (debateId: Id) =>
    (await sql.query('select 1 from debates where id = $1', [debateId])).length > 0;
  return {
    async moderate(debateId, actor, command): Promise<WriteResult> {
      const result = await runWrite(sql, debateId, actor.id, async (tx, ctx) => {
        const decided = await decideInSql(tx, debateId, command, ctx);
        if (decided.kind !== 'event') return decided;
        // Under the debate's lock: the event appended next takes seq + 1.
        const meta = { seq: await nextSeq(tx, debateId), at: ctx.now, actorId: actor.id };
        await writeSideRows(tx, debateId, command, decided, meta);
        return decided;
      });
      if (result.kind === 'suggested') throw new Error('A moderation never suggests.');
      return result;
    },
    async declineSuggestion(debateId, actor, suggestionId, reason) {
      let declined: Suggestion | null = null;
      // Through the write path, under the debate's lock: the decline and its
      // 'suggestion.changed' event commit together.
      const result = await runWrite(sql, debateId, actor.id, async (tx, ctx) => {
        const found = await readSuggestion(tx, debateId, suggestionId);
        const refusal = checkPending(suggestionId, found);
        if (refusal || !found) return refusal ?? { kind: 'not-found', message: suggestionId };
        await tx.query(
          `update suggestions set status = 'declined', reviewed_by = $3, reviewed_at = $4,
             review_reason = $5
           where debate_id = $1 and id = $2`,
          [debateId, suggestionId, actor.id, ctx.now, reason ?? null],
        );
        declined = { ...found, status: 'declined' };
        return suggestionChanged({ id: suggestionId, status: 'declined' });
      });
      return declineResult(result, declined);
    },
    async listAllSuggestions(debateId) {
      if (!(await debateExists(debateId))) return null;
      const rows = await sql.query(
        `select ${SUGGESTION_COLUMNS} from suggestions where debate_id = $1
         order by created_at collate "C", id collate "C"`,
        [debateId],
      );
      return z.array(SuggestionSchema).parse(rows);
    },
    async claimHistory(debateId, claimId): Promise<ClaimRevision[] | null> {
      if (!(await debateExists(debateId))) return null;
      const rows = await sql.query(
        `select revision, text, at, actor_id as "actorId", seq::int as seq from claim_revisions
         where debate_id = $1 and claim_id = $2 order by revision`,
        [debateId, claimId],
      );
      return RevisionRowsSchema.parse(rows);
    },
    async moderationEvents(debateId) {
      if (!(await debateExists(debateId))) return null;
      // One read of the moderation events (an index range on the event log's key).
      const rows = await sql.query(
        `select seq::int as seq, type, at, actor_id as "actorId", payload, reason,
           undoes::int as undoes
         from events where debate_id = $1 and type = any($2::text[]) order by seq`,
        [debateId, MODERATION_TYPES],
      );
      return LogRowsSchema.parse(rows).map(({ payload, reason, undoes, ...row }) =>
        DebateEventSchema.parse({
          debateId,
          ...row,
          ...payload,
          ...(reason === null ? {} : { reason }),
          ...(undoes === null ? {} : { undoes }),
        }),
      );
    },
    async hiddenIds(debateId) {
      if (!(await debateExists(debateId))) return null;
      const claims = await sql.query<{ id: string }>(
        'select id from claims where debate_id = $1 and hidden order by position',
        [debateId],
      );
      const comments = await sql.query<{ id: string }>(
        `select id from comments where debate_id = $1 and visibility = 'hidden' order by position`,
        [debateId],
      );
      return { claims: claims.map((r) => r.id), comments: comments.map((r) => r.id) };
    },
  };
}
