// Writing an event's rows: what applyEvent does to a Debate in memory, done to the tables. New
// comments are placed in the thread the way thread-insert.ts says (a new top-level thread ranks
// past the ends; a reply renumbers its own thread), so the SQL pages match the memory store's.
import { z } from 'zod';
import type { DebateEvent } from '../../src/domain/events';
import type { Comment, Id } from '../../src/domain/model';
import { placeNewRoot, placeReply, type RootBounds } from '../../src/domain/thread-insert';
import { ThreadCommentSchema } from '../../src/domain/thread-page';
import type { SqlClient } from '../db/sql-client';
import { deleteRows, insertRows, updateRows } from './sql-rows';
import {
  ANCHORS,
  CLAIMS,
  COMMENT_CONTENT_COLUMNS,
  COMMENTS,
  RELATIONS,
  threadCommentFromRow,
} from './sql-tables';
import { ensurePositions, updateThreadColumns } from './sql-thread';

const COMMENT_COLUMNS = COMMENTS.columns.map((c) => c.name).join(', ');
const ThreadRowsSchema = z.array(ThreadCommentSchema);

/** The ends of the thread order, each read from the end of a partial page index. */
export async function readRootBounds(tx: SqlClient, debateId: Id): Promise<RootBounds | null> {
  const [oldest] = await tx.query<{ rank: number }>(
    `select root_rank_oldest as rank from comments where debate_id = $1 and pos_oldest = 0
     order by root_rank_oldest desc limit 1`,
    [debateId],
  );
  const [newest] = await tx.query<{ rank: number }>(
    `select root_rank_newest as rank from comments where debate_id = $1 and pos_newest = 0
     order by root_rank_newest limit 1`,
    [debateId],
  );
  return oldest && newest ? { maxOldest: oldest.rank, minNewest: newest.rank } : null;
}

async function placeNewComment(tx: SqlClient, debateId: Id, comment: Comment) {
  const [parent] =
    comment.parentId === null
      ? []
      : await tx.query<{ root_id: string }>(
          'select root_id from comments where debate_id = $1 and id = $2',
          [debateId, comment.parentId],
        );
  if (!parent) return placeNewRoot(comment, await readRootBounds(tx, debateId));
  const rows = await tx.query<Record<string, unknown>>(
    `select ${COMMENT_COLUMNS} from comments where debate_id = $1 and root_id = $2`,
    [debateId, parent.root_id],
  );
  const thread = ThreadRowsSchema.parse(rows.map(threadCommentFromRow));
  const { added, changed } = placeReply(thread, comment);
  await updateThreadColumns(tx, debateId, changed);
  return added;
}

async function upsertComments(tx: SqlClient, debateId: Id, comments: readonly Comment[]) {
  if (comments.length === 0) return;
  const found = await tx.query<{ id: string }>(
    'select id from comments where debate_id = $1 and id = any($2::text[])',
    [debateId, comments.map((c) => c.id)],
  );
  const existing = new Set(found.map((r) => r.id));
  // An edit or deletion leaves the comment where it is in the thread.
  const edited = comments.filter((c) => existing.has(c.id));
  await updateRows(tx, debateId, 'comments', COMMENT_CONTENT_COLUMNS, edited);
  const added = comments.filter((c) => !existing.has(c.id));
  if (added.length > 0) await ensurePositions(tx, debateId);
  for (const comment of added) {
    await insertRows(tx, debateId, COMMENTS, [await placeNewComment(tx, debateId, comment)]);
  }
}

/**
 * The event's upserts and removals, in an order the foreign keys accept. Claims go last: a merge
 * re-points relations and anchors off the claims it removes, and deleting those claims first
 * would cascade to the very rows being moved (re-inserting them at the end of their lists).
 */
export async function persistEvent(tx: SqlClient, event: DebateEvent): Promise<void> {
  const { debateId, upsert, remove } = event;
  await deleteRows(tx, debateId, 'anchors', remove.anchors);
  await deleteRows(tx, debateId, 'relations', remove.relations);
  await upsertComments(tx, debateId, upsert.comments);
  await insertRows(tx, debateId, CLAIMS, upsert.claims, { upsert: true });
  await insertRows(tx, debateId, RELATIONS, upsert.relations, { upsert: true });
  await insertRows(tx, debateId, ANCHORS, upsert.anchors, { upsert: true });
  await deleteRows(tx, debateId, 'claims', remove.claims);
}
