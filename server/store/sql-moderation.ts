// The SQL adapter's moderation: each write loads, under the debate's lock (runWrite), the few
// rows its pure decision needs, and writes its side rows (claim revisions, suggestion status) in
// the same transaction with the seq the event is about to take.
import { z } from 'zod';
import { type Suggestion, SuggestionSchema } from '../../src/domain/commands';
import {
  AnchorSchema,
  type Claim,
  ClaimSchema,
  CommentSchema,
  type Id,
  PostSchema,
  RelationSchema,
} from '../../src/domain/model';
import {
  type ClaimRevision,
  ClaimRevisionSchema,
  type ModerationCommand,
} from '../../src/domain/moderation/commands';
import {
  decideEditClaim,
  decideEditRelation,
  decideHideClaim,
  decideHideComment,
} from '../../src/domain/moderation/decide';
import { checkPending, decideAcceptSuggestion } from '../../src/domain/moderation/review';
import { revisionsOf } from '../../src/domain/moderation/revisions';
import { decideUndo, MODERATION_TYPES } from '../../src/domain/moderation/undo';
import type { EventDraft, WriteContext, WriteRefusal } from '../../src/domain/writes';
import type { SqlClient } from '../db/sql-client';
import type { ModerationMethods } from './moderation-port';
import { readEventsAfter, runWrite } from './sql-events';
import { ANCHORS, CLAIMS, COMMENT_CONTENT_COLUMNS, COMMENTS, RELATIONS } from './sql-tables';
import type { WriteResult } from './store';

const cols = (table: { columns: readonly { name: string }[] }) =>
  table.columns.map((c) => c.name).join(', ');
/** Later events read to find what blocks an undo. */
const LATER_EVENTS_READ = 100_000;

async function one<T>(
  tx: SqlClient,
  sqlText: string,
  params: unknown[],
  parse: (row: Record<string, unknown>) => T,
): Promise<T | null> {
  const [row] = await tx.query<Record<string, unknown>>(sqlText, params);
  return row ? parse(row) : null;
}

const readClaim = (tx: SqlClient, debateId: Id, id: Id) =>
  one(
    tx,
    `select ${cols(CLAIMS)} from claims where debate_id = $1 and id = $2`,
    [debateId, id],
    (r) => ClaimSchema.parse(CLAIMS.fromRow(r)),
  );

const readComment = (tx: SqlClient, debateId: Id, id: Id) =>
  one(
    tx,
    `select ${COMMENT_CONTENT_COLUMNS.map((c) => c.name).join(', ')} from comments
     where debate_id = $1 and id = $2`,
    [debateId, id],
    (r) => CommentSchema.parse(COMMENTS.fromRow(r)),
  );

async function relationsWhere(tx: SqlClient, debateId: Id, where: string, params: unknown[]) {
  const rows = await tx.query<Record<string, unknown>>(
    `select ${cols(RELATIONS)} from relations where debate_id = $1 and ${where} order by position`,
    [debateId, ...params],
  );
  return rows.map((r) => RelationSchema.parse(RELATIONS.fromRow(r)));
}

const SUGGESTION_COLUMNS = `id, debate_id as "debateId", author_id as "authorId",
  created_at as "createdAt", status, mark, exact`;

const readSuggestion = (tx: SqlClient, debateId: Id, id: Id) =>
  one(
    tx,
    `select ${SUGGESTION_COLUMNS} from suggestions where debate_id = $1 and id = $2`,
    [debateId, id],
    (r) => SuggestionSchema.parse(r),
  );

async function decide(
  tx: SqlClient,
  debateId: Id,
  command: ModerationCommand,
  ctx: WriteContext,
): Promise<EventDraft | WriteRefusal> {
  switch (command.kind) {
    case 'edit-claim':
      return decideEditClaim(
        command.claimId,
        await readClaim(tx, debateId, command.claimId),
        command.text,
        command.reason,
      );
    case 'edit-relation': {
      const [relation = null] = await relationsWhere(tx, debateId, 'id = $2', [command.relationId]);
      const to = command.to ?? relation?.to;
      const [existing] =
        relation && to
          ? await relationsWhere(tx, debateId, 'from_id = $2 and to_id = $3', [relation.from, to])
          : [];
      return decideEditRelation(
        command.relationId,
        { kind: command.relationKind, to: command.to },
        {
          relation,
          targetExists: to !== undefined && (await readClaim(tx, debateId, to)) !== null,
          existing,
        },
        command.reason,
      );
    }
    case 'hide-comment':
      return decideHideComment(
        command.commentId,
        await readComment(tx, debateId, command.commentId),
        command.hidden,
        command.reason,
      );
    case 'hide-claim': {
      const id = command.claimId;
      const anchorRows = await tx.query<Record<string, unknown>>(
        `select ${cols(ANCHORS)} from anchors where debate_id = $1 and claim_id = $2 order by position`,
        [debateId, id],
      );
      const related = {
        relations: await relationsWhere(tx, debateId, '(from_id = $2 or to_id = $2)', [id]),
        anchors: anchorRows.map((r) => AnchorSchema.parse(ANCHORS.fromRow(r))),
      };
      const claim = await readClaim(tx, debateId, id);
      return decideHideClaim(id, claim, related, command.hidden, command.reason);
    }
    case 'accept-suggestion': {
      const suggestion = await readSuggestion(tx, debateId, command.suggestionId);
      const source = suggestion?.mark.source;
      const to = suggestion?.mark.relation?.to;
      const target: Claim | null = to === undefined ? null : await readClaim(tx, debateId, to);
      const state = {
        post:
          source?.kind === 'post'
            ? await one(
                tx,
                `select title, author, published_at as "publishedAt", source_url as "sourceUrl",
                   paragraphs from debates where id = $1`,
                [debateId],
                (r) => PostSchema.parse(r),
              )
            : null,
        comment:
          source?.kind === 'comment' ? await readComment(tx, debateId, source.commentId) : null,
        claims: new Map(target ? [[target.id, target]] : []),
      };
      return decideAcceptSuggestion(command.suggestionId, suggestion, state, ctx, command.reason);
    }
    case 'undo': {
      const [entry = null] = (await readEventsAfter(tx, debateId, command.seq - 1, 1)) ?? [];
      const found = entry?.seq === command.seq ? entry : null;
      const later = found
        ? ((await readEventsAfter(tx, debateId, command.seq, LATER_EVENTS_READ)) ?? [])
        : [];
      const made = found?.upsert.claims.map((c) => c.id) ?? [];
      const anchorRows = made.length
        ? await tx.query<{ id: string; claimId: string }>(
            `select id, claim_id as "claimId" from anchors where debate_id = $1 and claim_id = any($2::text[])`,
            [debateId, made],
          )
        : [];
      const targetRows = made.length
        ? await tx.query<{ id: string; claimId: string }>(
            `select id, target_claim_id as "claimId" from comments
             where debate_id = $1 and target_claim_id = any($2::text[])`,
            [debateId, made],
          )
        : [];
      const refs = {
        relations: made.length
          ? await relationsWhere(
              tx,
              debateId,
              '(from_id = any($2::text[]) or to_id = any($2::text[]))',
              [made],
            )
          : [],
        anchors: anchorRows,
        comments: targetRows.map((r) => ({ id: r.id, target: { claimId: r.claimId } })),
      };
      return decideUndo(found, command.seq, later, command.reason, refs);
    }
  }
}

async function writeSideRows(
  tx: SqlClient,
  debateId: Id,
  command: ModerationCommand,
  draft: EventDraft,
  meta: { seq: number; at: string; actorId: Id },
) {
  const counts = new Map<Id, number>();
  for (const claim of draft.upsert.claims) {
    const [row] = await tx.query<{ n: number }>(
      'select count(*)::int as n from claim_revisions where debate_id = $1 and claim_id = $2',
      [debateId, claim.id],
    );
    counts.set(claim.id, row?.n ?? 0);
  }
  for (const { claimId, revision: r } of revisionsOf(draft, meta, (id) => counts.get(id) ?? 0)) {
    await tx.query(
      `insert into claim_revisions (debate_id, claim_id, revision, text, at, actor_id, seq)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [debateId, claimId, r.revision, r.text, r.at, r.actorId, r.seq],
    );
  }
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

export function createSqlModeration(sql: SqlClient): ModerationMethods {
  const debateExists = async (debateId: Id) =>
    (await sql.query('select 1 from debates where id = $1', [debateId])).length > 0;
  return {
    async moderate(debateId, actor, command): Promise<WriteResult> {
      const result = await runWrite(sql, debateId, actor.id, async (tx, ctx) => {
        const decided = await decide(tx, debateId, command, ctx);
        if (decided.kind !== 'event') return decided;
        // Under the debate's lock: the event appended next takes seq + 1.
        const [row] = await tx.query<{ seq: number }>(
          'select seq::int as seq from debates where id = $1',
          [debateId],
        );
        const meta = { seq: (row?.seq ?? 0) + 1, at: ctx.now, actorId: actor.id };
        await writeSideRows(tx, debateId, command, decided, meta);
        return decided;
      });
      if (result.kind === 'suggested') throw new Error('A moderation never suggests.');
      return result;
    },
    declineSuggestion: (debateId, actor, suggestionId, reason) =>
      sql.transaction(async (tx) => {
        const locked = await tx.query('select 1 from debates where id = $1 for update', [debateId]);
        if (locked.length === 0) return { kind: 'no-debate' } as const;
        const found = await readSuggestion(tx, debateId, suggestionId);
        const refusal = checkPending(suggestionId, found);
        if (refusal || !found) {
          return refusal?.kind === 'invalid'
            ? refusal
            : ({ kind: 'not-found', message: refusal?.message ?? suggestionId } as const);
        }
        await tx.query(
          `update suggestions set status = 'declined', reviewed_by = $3, reviewed_at = $4,
             review_reason = $5
           where debate_id = $1 and id = $2`,
          [debateId, suggestionId, actor.id, new Date().toISOString(), reason ?? null],
        );
        const declined: Suggestion = { ...found, status: 'declined' };
        return { kind: 'ok', suggestion: declined } as const;
      }),
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
      const rows = await sql.query<{ seq: number }>(
        `select seq::int as seq from events where debate_id = $1 and type = any($2::text[])
         order by seq`,
        [debateId, MODERATION_TYPES],
      );
      const events = [];
      for (const row of rows) {
        events.push(...((await readEventsAfter(sql, debateId, row.seq - 1, 1)) ?? []));
      }
      return events;
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
