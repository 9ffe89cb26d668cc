// The SQL adapter's writes: each loads, under the debate's lock (runWrite), only the rows its
// pure decision needs (a few index lookups, never the whole debate) and hands them over.
import { z } from 'zod';
import { type MarkClaim, type NewComment, SuggestionSchema } from '../../src/domain/commands';
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
  type AddCommentState,
  addCommentParentId,
  decideAddComment,
} from '../../src/domain/write-comment';
import { decideDeleteComment, decideEditComment } from '../../src/domain/write-edit';
import { decideMarkClaim, type MarkClaimState } from '../../src/domain/write-mark';
import type { SqlClient } from '../db/sql-client';
import { readEventsAfter, runWrite } from './sql-events';
import { resolveMarkInTx, resolveReplyInTx } from './sql-merge';
import {
  ANCHORS,
  CLAIMS,
  COMMENT_CONTENT_COLUMNS,
  COMMENTS,
  RELATIONS,
  SUGGESTION_COLUMNS,
} from './sql-tables';
import { ensurePositions } from './sql-thread';
import type { AccountMethods, WritableStore, WriteResult } from './store';

const list = <T extends z.ZodType>(schema: T) => z.array(schema);
const CONTENT = COMMENT_CONTENT_COLUMNS.map((c) => c.name).join(', ');
const columnsOf = (table: { columns: readonly { name: string }[] }) =>
  table.columns.map((c) => c.name).join(', ');

async function readComment(tx: SqlClient, debateId: Id, id: Id) {
  const [row] = await tx.query<Record<string, unknown>>(
    `select ${CONTENT} from comments where debate_id = $1 and id = $2`,
    [debateId, id],
  );
  return row ? CommentSchema.parse(COMMENTS.fromRow(row)) : null;
}

async function readAnchors(tx: SqlClient, debateId: Id, column: 'claim_id' | 'comment_id', id: Id) {
  const rows = await tx.query<Record<string, unknown>>(
    `select ${columnsOf(ANCHORS)} from anchors where debate_id = $1 and ${column} = $2
     order by position`,
    [debateId, id],
  );
  return list(AnchorSchema).parse(rows.map(ANCHORS.fromRow));
}

async function readClaims(tx: SqlClient, debateId: Id, ids: readonly (Id | undefined)[]) {
  const wanted = ids.filter((id): id is Id => id !== undefined);
  if (wanted.length === 0) return new Map<Id, Claim>();
  const rows = await tx.query<Record<string, unknown>>(
    `select ${columnsOf(CLAIMS)} from claims where debate_id = $1 and id = any($2::text[])`,
    [debateId, wanted],
  );
  const claims = list(ClaimSchema).parse(rows.map(CLAIMS.fromRow));
  return new Map(claims.map((c) => [c.id, c]));
}

async function lastSiblingOrder(tx: SqlClient, debateId: Id, parentId: Id | null) {
  if (parentId !== null) {
    const [row] = await tx.query<{ max: number | null }>(
      'select max(sibling_order) as max from comments where debate_id = $1 and parent_id = $2',
      [debateId, parentId],
    );
    return row?.max ?? null;
  }
  // The last thread in 'oldest' order has the highest order among threads (order sorts first).
  await ensurePositions(tx, debateId);
  const [row] = await tx.query<{ sibling_order: number }>(
    `select sibling_order from comments where debate_id = $1 and pos_oldest = 0
     order by root_rank_oldest desc limit 1`,
    [debateId],
  );
  return row?.sibling_order ?? null;
}

async function addCommentState(
  tx: SqlClient,
  debateId: Id,
  input: NewComment,
): Promise<AddCommentState> {
  const target = input.reply?.targetClaimId;
  const point = input.reply?.point?.kind === 'existing' ? input.reply.point.claimId : undefined;
  const targetAnchors = target ? await readAnchors(tx, debateId, 'claim_id', target) : [];
  const parentId = addCommentParentId(input, targetAnchors);
  const parent = parentId === null ? null : await readComment(tx, debateId, parentId);
  const relationRows = point
    ? await tx.query<Record<string, unknown>>(
        `select ${columnsOf(RELATIONS)} from relations where debate_id = $1 and from_id = $2`,
        [debateId, point],
      )
    : [];
  return {
    parent,
    lastSiblingOrder: await lastSiblingOrder(tx, debateId, parent?.id ?? null),
    claims: await readClaims(tx, debateId, [target, point]),
    pointRelations: list(RelationSchema).parse(relationRows.map(RELATIONS.fromRow)),
  };
}

async function readPost(tx: SqlClient, debateId: Id) {
  const [row] = await tx.query(
    `select title, author, published_at as "publishedAt", source_url as "sourceUrl", paragraphs
     from debates where id = $1`,
    [debateId],
  );
  return row ? PostSchema.parse(row) : null;
}

/**
 * `input` with merged claim ids resolved to their survivors, and the rows its decision needs,
 * read under the write's lock (a mark, or a suggestion being accepted).
 */
export async function readMarkState(
  tx: SqlClient,
  debateId: Id,
  asked: MarkClaim,
): Promise<{ input: MarkClaim; state: MarkClaimState }> {
  const input = await resolveMarkInTx(tx, debateId, asked);
  const { source, claimId } = input;
  const pending =
    claimId === undefined
      ? []
      : await tx.query(
          `select ${SUGGESTION_COLUMNS} from suggestions
           where debate_id = $1 and status = 'pending' and mark->>'claimId' = $2`,
          [debateId, claimId],
        );
  const state: MarkClaimState = {
    post: source.kind === 'post' ? await readPost(tx, debateId) : null,
    comment: source.kind === 'comment' ? await readComment(tx, debateId, source.commentId) : null,
    claims: await readClaims(tx, debateId, [input.relation?.to, claimId]),
    anchors: claimId === undefined ? [] : await readAnchors(tx, debateId, 'claim_id', claimId),
    pending: list(SuggestionSchema).parse(pending),
  };
  return { input, state };
}

const asWrite = (result: Awaited<ReturnType<typeof runWrite>>): WriteResult => {
  if (result.kind === 'suggested') throw new Error('Only markClaim may suggest.');
  return result;
};

export function createSqlWrites(
  sql: SqlClient,
): Omit<WritableStore, keyof AccountMethods | 'subscribe'> {
  return {
    addComment: async (debateId, actor, input) =>
      asWrite(
        await runWrite(sql, debateId, actor.id, async (tx, ctx) => {
          // A reply naming a merged claim lands on its survivor, even mid-merge (after the lock).
          const resolved = await resolveReplyInTx(tx, debateId, input);
          return decideAddComment(
            resolved,
            actor,
            await addCommentState(tx, debateId, resolved),
            ctx,
          );
        }),
      ),
    editComment: async (debateId, actor, commentId, input) =>
      asWrite(
        await runWrite(sql, debateId, actor.id, async (tx, ctx) => {
          const comment = await readComment(tx, debateId, commentId);
          const anchors = await readAnchors(tx, debateId, 'comment_id', commentId);
          return decideEditComment(commentId, input, actor, comment, anchors, ctx);
        }),
      ),
    deleteComment: async (debateId, actor, commentId, version) =>
      asWrite(
        await runWrite(sql, debateId, actor.id, async (tx) => {
          const comment = await readComment(tx, debateId, commentId);
          const anchors = await readAnchors(tx, debateId, 'comment_id', commentId);
          return decideDeleteComment(commentId, version, actor, comment, anchors);
        }),
      ),
    markClaim: (debateId, actor, asked) =>
      runWrite(sql, debateId, actor.id, async (tx, ctx) => {
        const { input, state } = await readMarkState(tx, debateId, asked);
        return decideMarkClaim(debateId, input, actor, state, ctx);
      }),
    async listSuggestions(debateId, authorId) {
      const rows = await sql.query(
        `select ${SUGGESTION_COLUMNS} from suggestions where debate_id = $1 and author_id = $2
         order by created_at collate "C" desc, id collate "C" desc`,
        [debateId, authorId],
      );
      return list(SuggestionSchema).parse(rows);
    },
    eventsAfter: (debateId, afterSeq, limit) => readEventsAfter(sql, debateId, afterSeq, limit),
  };
}
