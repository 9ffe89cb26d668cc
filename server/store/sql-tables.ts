// How each list of a debate maps to its table: columns for writing, and the row → model object
// for reading. Kept as data so the write and read of a table are side by side and cannot drift.
import type { Anchor, Claim, Comment, Relation } from '../../src/domain/model';
import type { ThreadComment } from '../../src/domain/thread-page';

export interface Column<T> {
  name: string;
  /** The SQL type of the array parameter the column's values travel in. */
  type: 'text' | 'int' | 'bool';
  value(item: T): string | number | boolean | null;
}

export interface TableSpec<T> {
  name: string;
  /** In table order; debate_id and position are added by the store. */
  columns: readonly Column<T>[];
  /** The model object for one row, selected with these column names (validated by zod after). */
  fromRow(row: Record<string, unknown>): unknown;
}

/** What a comment says, and what an edit or deletion may change. */
export const COMMENT_CONTENT_COLUMNS: readonly Column<Comment>[] = [
  { name: 'id', type: 'text', value: (c) => c.id },
  { name: 'parent_id', type: 'text', value: (c) => c.parentId },
  { name: 'author', type: 'text', value: (c) => c.author },
  { name: 'created_at', type: 'text', value: (c) => c.createdAt },
  { name: 'body', type: 'text', value: (c) => c.body },
  { name: 'visibility', type: 'text', value: (c) => c.visibility },
  { name: 'sibling_order', type: 'int', value: (c) => c.order },
  { name: 'author_id', type: 'text', value: (c) => c.authorId ?? null },
  { name: 'version', type: 'int', value: (c) => c.version ?? null },
  { name: 'edited_at', type: 'text', value: (c) => c.editedAt ?? null },
  { name: 'target_claim_id', type: 'text', value: (c) => c.target?.claimId ?? null },
  { name: 'target_stance', type: 'text', value: (c) => c.target?.stance ?? null },
];

/** Where a comment is in the thread (migration 002), computed by thread-page.ts. */
const THREAD_ONLY_COLUMNS: readonly Column<ThreadComment>[] = [
  { name: 'root_id', type: 'text', value: (c) => c.thread.rootId },
  { name: 'depth', type: 'int', value: (c) => c.thread.depth },
  { name: 'reply_count', type: 'int', value: (c) => c.thread.replyCount },
  { name: 'thread_reply_count', type: 'int', value: (c) => c.thread.threadReplyCount },
  { name: 'root_rank_oldest', type: 'int', value: (c) => c.thread.oldest.rootRank },
  { name: 'pos_oldest', type: 'int', value: (c) => c.thread.oldest.pos },
  { name: 'root_rank_newest', type: 'int', value: (c) => c.thread.newest.rootRank },
  { name: 'pos_newest', type: 'int', value: (c) => c.thread.newest.pos },
];

/** Comments are written with their thread positions (migration 002), read back without. */
export const COMMENTS: TableSpec<ThreadComment> = {
  name: 'comments',
  columns: [...COMMENT_CONTENT_COLUMNS, ...THREAD_ONLY_COLUMNS],
  fromRow: (r) => ({
    id: r.id,
    parentId: r.parent_id,
    author: r.author,
    createdAt: r.created_at,
    body: r.body,
    visibility: r.visibility,
    order: r.sibling_order,
    // Absent stays absent: a comment saved without these reads back without them.
    ...(r.author_id === null ? {} : { authorId: r.author_id }),
    ...(r.version === null ? {} : { version: r.version }),
    ...(r.edited_at === null ? {} : { editedAt: r.edited_at }),
    ...(r.target_claim_id === null
      ? {}
      : { target: { claimId: r.target_claim_id, stance: r.target_stance } }),
  }),
};

/** The comment columns threadPositions computes, after the id that finds the row. */
export const THREAD_COLUMNS: readonly Column<ThreadComment>[] = [
  COMMENT_CONTENT_COLUMNS[0] as Column<Comment>,
  ...THREAD_ONLY_COLUMNS,
];

/** A comments row, selected with every COMMENTS column, as a ThreadComment (zod checks it). */
export function threadCommentFromRow(r: Record<string, unknown>): unknown {
  return {
    ...(COMMENTS.fromRow(r) as object),
    thread: {
      rootId: r.root_id,
      depth: r.depth,
      replyCount: r.reply_count,
      threadReplyCount: r.thread_reply_count,
      oldest: { rootRank: r.root_rank_oldest, pos: r.pos_oldest },
      newest: { rootRank: r.root_rank_newest, pos: r.pos_newest },
    },
  };
}

export const CLAIMS: TableSpec<Claim> = {
  name: 'claims',
  columns: [
    { name: 'id', type: 'text', value: (c) => c.id },
    { name: 'text', type: 'text', value: (c) => c.text },
    { name: 'hidden', type: 'bool', value: (c) => c.hidden === true },
    // Merges (migration 005): JSON arrays as text, null when absent.
    { name: 'phrasings', type: 'text', value: (c) => jsonOrNull(c.phrasings) },
    { name: 'aliases', type: 'text', value: (c) => jsonOrNull(c.aliases) },
  ],
  fromRow: (r) => ({
    id: r.id,
    text: r.text,
    ...(r.hidden === true ? { hidden: true } : {}),
    ...(typeof r.phrasings === 'string' ? { phrasings: JSON.parse(r.phrasings) } : {}),
    ...(typeof r.aliases === 'string' ? { aliases: JSON.parse(r.aliases) } : {}),
  }),
};

function jsonOrNull(list: readonly string[] | undefined): string | null {
  return list === undefined ? null : JSON.stringify(list);
}

export const RELATIONS: TableSpec<Relation> = {
  name: 'relations',
  columns: [
    { name: 'id', type: 'text', value: (r) => r.id },
    { name: 'from_id', type: 'text', value: (r) => r.from },
    { name: 'to_id', type: 'text', value: (r) => r.to },
    { name: 'kind', type: 'text', value: (r) => r.kind },
  ],
  fromRow: (r) => ({ id: r.id, from: r.from_id, to: r.to_id, kind: r.kind }),
};

export const ANCHORS: TableSpec<Anchor> = {
  name: 'anchors',
  columns: [
    { name: 'id', type: 'text', value: (a) => a.id },
    { name: 'claim_id', type: 'text', value: (a) => a.claimId },
    { name: 'source_kind', type: 'text', value: (a) => a.source.kind },
    {
      name: 'comment_id',
      type: 'text',
      value: (a) => (a.source.kind === 'comment' ? a.source.commentId : null),
    },
    { name: 'quote_exact', type: 'text', value: (a) => a.quote.exact },
    { name: 'quote_prefix', type: 'text', value: (a) => a.quote.prefix },
    { name: 'quote_suffix', type: 'text', value: (a) => a.quote.suffix },
    { name: 'text_start', type: 'int', value: (a) => a.position.start },
    { name: 'text_end', type: 'int', value: (a) => a.position.end },
    { name: 'orphaned', type: 'bool', value: (a) => a.orphaned === true },
  ],
  fromRow: (r) => ({
    id: r.id,
    claimId: r.claim_id,
    source:
      r.source_kind === 'comment' ? { kind: 'comment', commentId: r.comment_id } : { kind: 'post' },
    quote: { exact: r.quote_exact, prefix: r.quote_prefix, suffix: r.quote_suffix },
    position: { start: r.text_start, end: r.text_end },
    ...(r.orphaned === true ? { orphaned: true } : {}),
  }),
};

/** A suggestion's columns as the Suggestion object's fields (SuggestionSchema parses the row). */
export const SUGGESTION_COLUMNS = `id, debate_id as "debateId", author_id as "authorId",
  created_at as "createdAt", status, mark, exact`;
