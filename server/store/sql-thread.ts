// The SQL adapter's thread reads: the overview (no comments), pages of the thread and a claim's
// context. Each page is one index range scan over the thread positions of migration 002.
import { z } from 'zod';
import { claimContext } from '../../src/domain/claim-context';
import {
  AnchorSchema,
  ClaimSchema,
  type CommentSchema,
  type DebateOverview,
  DebateOverviewSchema,
  type Id,
  PostSchema,
  RelationSchema,
} from '../../src/domain/model';
import { commentContext } from '../../src/domain/thread-context';
import {
  placeComments,
  THREAD_REPLY_CAP,
  type ThreadComment,
  ThreadCommentSchema,
  type ThreadPageQuery,
} from '../../src/domain/thread-page';
import type { SqlClient } from '../db/sql-client';
import { updateRows } from './sql-rows';
import {
  ANCHORS,
  CLAIMS,
  COMMENTS,
  RELATIONS,
  THREAD_COLUMNS,
  threadCommentFromRow,
} from './sql-tables';
import type { ClaimContextResult, CommentContextResult, ThreadPageResult } from './store';

const ThreadRowsSchema = z.array(ThreadCommentSchema);
const AnchorRowsSchema = z.array(AnchorSchema);
const COMMENT_COLUMNS = COMMENTS.columns.map((c) => c.name).join(', ');
const ANCHOR_COLUMNS = ANCHORS.columns.map((c) => c.name).join(', ');

async function debateExists(tx: SqlClient, id: Id): Promise<boolean> {
  return (await tx.query('select 1 from debates where id = $1', [id])).length > 0;
}

export async function readOverview(sql: SqlClient, id: Id): Promise<DebateOverview | null> {
  return sql.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    const [post] = await tx.query(
      `select title, author, published_at as "publishedAt", source_url as "sourceUrl", paragraphs,
         (select count(*) from comments c where c.debate_id = d.id)::int as "commentCount",
         d.seq::int as seq
       from debates d where id = $1`,
      [id],
    );
    if (!post) return null;
    const { commentCount, seq, ...postFields } = post as { commentCount: unknown; seq: unknown };
    const list = async (
      table: { name: string; columns: readonly { name: string }[] },
      where = '',
    ) =>
      tx.query<Record<string, unknown>>(
        `select ${table.columns.map((c) => c.name).join(', ')} from ${table.name}
         where debate_id = $1 ${where} order by position`,
        [id],
      );
    return DebateOverviewSchema.parse({
      id,
      post: PostSchema.parse(postFields),
      claims: z.array(ClaimSchema).parse((await list(CLAIMS)).map(CLAIMS.fromRow)),
      relations: z.array(RelationSchema).parse((await list(RELATIONS)).map(RELATIONS.fromRow)),
      anchors: (await list(ANCHORS, `and source_kind = 'post'`)).map(ANCHORS.fromRow),
      commentCount,
      seq,
    });
  });
}

/** Fills the thread positions of rows written before migration 002, once per debate. */
export async function ensurePositions(tx: SqlClient, debateId: Id): Promise<void> {
  const missing = await tx.query(
    'select 1 from comments where debate_id = $1 and pos_oldest is null limit 1',
    [debateId],
  );
  if (missing.length === 0) return;
  const rows = await tx.query<Record<string, unknown>>(
    `select ${COMMENT_COLUMNS} from comments where debate_id = $1 order by position`,
    [debateId],
  );
  const comments = rows.map(COMMENTS.fromRow) as z.infer<typeof CommentSchema>[];
  await updateThreadColumns(tx, debateId, placeComments(comments));
}

/** Writes the thread positions of existing comments in one statement. */
export function updateThreadColumns(
  tx: SqlClient,
  debateId: Id,
  placed: readonly ThreadComment[],
): Promise<void> {
  return updateRows(tx, debateId, 'comments', THREAD_COLUMNS, placed);
}

async function anchorsOf(tx: SqlClient, debateId: Id, ids: readonly Id[]) {
  if (ids.length === 0) return [];
  const rows = await tx.query<Record<string, unknown>>(
    `select ${ANCHOR_COLUMNS} from anchors
     where debate_id = $1 and comment_id = any($2::text[]) order by position`,
    [debateId, ids],
  );
  return AnchorRowsSchema.parse(rows.map(ANCHORS.fromRow));
}

export async function readThreadPage(
  sql: SqlClient,
  debateId: Id,
  query: ThreadPageQuery,
): Promise<ThreadPageResult> {
  return sql.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    if (!(await debateExists(tx, debateId))) return { kind: 'no-debate' };
    await ensurePositions(tx, debateId);
    const rank = `root_rank_${query.sort}`;
    const pos = `pos_${query.sort}`;
    const params: unknown[] = [debateId, query.limit + 1];
    const param = (value: unknown) => `$${params.push(value)}`;
    // The literal cap (not a parameter) lets the planner use the partial page index.
    const where = [`${pos} <= ${THREAD_REPLY_CAP}`];
    if (query.parentId !== null) {
      const [parent] = await tx.query<Record<string, number | string>>(
        `select root_id, ${pos} as pos, reply_count from comments
         where debate_id = $1 and id = $2`,
        [debateId, query.parentId],
      );
      if (!parent) return { kind: 'no-parent' };
      const last = Number(parent.pos) + Number(parent.reply_count);
      where[0] = `root_id = ${param(parent.root_id)} and ${pos} > ${param(parent.pos)}`;
      where.push(`${pos} <= ${param(last)}`);
    }
    // No lower bound on the first page: new top-level comments rank below zero in 'newest'.
    if (query.after) {
      where.push(`(${rank}, ${pos}) > (${param(query.after.rootRank)}, ${param(query.after.pos)})`);
    }
    const rows = await tx.query<Record<string, unknown>>(
      `select ${COMMENT_COLUMNS} from comments
       where debate_id = $1 and ${where.join(' and ')}
       order by ${rank}, ${pos} limit $2`,
      params,
    );
    const comments = ThreadRowsSchema.parse(rows.map(threadCommentFromRow));
    const page = comments.slice(0, query.limit);
    const anchors = await anchorsOf(
      tx,
      debateId,
      page.map((c) => c.id),
    );
    return { kind: 'page', comments: page, hasMore: comments.length > query.limit, anchors };
  });
}

export async function readClaimContext(
  sql: SqlClient,
  debateId: Id,
  claimId: Id,
): Promise<ClaimContextResult> {
  return sql.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    if (!(await debateExists(tx, debateId))) return { kind: 'no-debate' };
    const claim = await tx.query('select 1 from claims where debate_id = $1 and id = $2', [
      debateId,
      claimId,
    ]);
    if (claim.length === 0) return { kind: 'no-claim' };
    await ensurePositions(tx, debateId);
    // UNION (not UNION ALL) drops rows already reached, so a reply loop ends the recursion.
    const rows = await tx.query<Record<string, unknown>>(
      `with recursive chain(id, parent_id) as (
         select c.id, c.parent_id from comments c
           join anchors a on a.debate_id = c.debate_id and a.comment_id = c.id
           where a.debate_id = $1 and a.claim_id = $2
         union
         select p.id, p.parent_id from comments p join chain on p.id = chain.parent_id
           where p.debate_id = $1
       )
       select ${COMMENT_COLUMNS} from comments
       where debate_id = $1 and id in (select id from chain)`,
      [debateId, claimId],
    );
    const comments: ThreadComment[] = ThreadRowsSchema.parse(rows.map(threadCommentFromRow));
    const anchorRows = await tx.query<Record<string, unknown>>(
      `select ${ANCHOR_COLUMNS} from anchors
       where debate_id = $1 and (claim_id = $2 or comment_id = any($3::text[]))
       order by position`,
      [debateId, claimId, comments.map((c) => c.id)],
    );
    const anchors = AnchorRowsSchema.parse(anchorRows.map(ANCHORS.fromRow));
    // The pure function orders and filters exactly as the memory store does.
    return { kind: 'context', ...claimContext(comments, anchors, claimId) };
  });
}

export async function readCommentContext(
  sql: SqlClient,
  debateId: Id,
  commentId: Id,
): Promise<CommentContextResult> {
  return sql.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    if (!(await debateExists(tx, debateId))) return { kind: 'no-debate' };
    await ensurePositions(tx, debateId);
    // UNION (not UNION ALL) drops rows already reached, so a reply loop ends the recursion.
    const rows = await tx.query<Record<string, unknown>>(
      `with recursive chain(id, parent_id) as (
         select c.id, c.parent_id from comments c where c.debate_id = $1 and c.id = $2
         union
         select p.id, p.parent_id from comments p join chain on p.id = chain.parent_id
           where p.debate_id = $1
       )
       select ${COMMENT_COLUMNS} from comments
       where debate_id = $1 and id in (select id from chain)`,
      [debateId, commentId],
    );
    const comments: ThreadComment[] = ThreadRowsSchema.parse(rows.map(threadCommentFromRow));
    const anchorRows = await tx.query<Record<string, unknown>>(
      `select ${ANCHOR_COLUMNS} from anchors
       where debate_id = $1 and comment_id = any($2::text[])
       order by position`,
      [debateId, comments.map((c) => c.id)],
    );
    const anchors = AnchorRowsSchema.parse(anchorRows.map(ANCHORS.fromRow));
    // The pure function orders and filters exactly as the memory store does.
    const context = commentContext(comments, anchors, commentId);
    return context ? { kind: 'context', ...context } : { kind: 'no-comment' };
  });
}
