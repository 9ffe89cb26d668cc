// The SQL adapter's moderation decisions: for each command, the few rows its pure decision
// needs, read under the debate's lock inside runWrite's transaction (sql-moderation.ts).

import { SuggestionSchema } from '../../src/domain/commands';
import {
  AnchorSchema,
  ClaimSchema,
  CommentSchema,
  type Id,
  RelationSchema,
} from '../../src/domain/model';
import type { ModerationCommand } from '../../src/domain/moderation/commands';
import {
  decideEditClaim,
  decideEditRelation,
  decideHideClaim,
  decideHideComment,
} from '../../src/domain/moderation/decide';
import { decideAcceptSuggestion } from '../../src/domain/moderation/review';
import { decideUndo } from '../../src/domain/moderation/undo';
import type { MarkClaimState } from '../../src/domain/write-mark';
import type { EventDraft, WriteContext, WriteRefusal } from '../../src/domain/writes';
import type { SqlClient } from '../db/sql-client';
import { readEventsAfter } from './sql-events';
import {
  ANCHORS,
  CLAIMS,
  COMMENT_CONTENT_COLUMNS,
  COMMENTS,
  RELATIONS,
  SUGGESTION_COLUMNS,
} from './sql-tables';
import { readMarkState } from './sql-writes';

type Decision = Promise<EventDraft | WriteRefusal>;
type Command<K extends ModerationCommand['kind']> = Extract<ModerationCommand, { kind: K }>;

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

export const readSuggestion = (tx: SqlClient, debateId: Id, id: Id) =>
  one(
    tx,
    `select ${SUGGESTION_COLUMNS} from suggestions where debate_id = $1 and id = $2`,
    [debateId, id],
    (r) => SuggestionSchema.parse(r),
  );

async function editRelation(
  tx: SqlClient,
  debateId: Id,
  command: Command<'edit-relation'>,
): Decision {
  const [relation = null] = await relationsWhere(tx, debateId, 'id = $2', [command.relationId]);
  const to = command.to ?? relation?.to;
  const [existing] =
    relation && to
      ? await relationsWhere(tx, debateId, 'from_id = $2 and to_id = $3', [relation.from, to])
      : [];
  const targetExists = to !== undefined && (await readClaim(tx, debateId, to)) !== null;
  return decideEditRelation(
    command.relationId,
    { kind: command.relationKind, to: command.to },
    { relation, targetExists, existing },
    command.reason,
  );
}

async function hideClaim(tx: SqlClient, debateId: Id, command: Command<'hide-claim'>): Decision {
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

async function acceptSuggestion(
  tx: SqlClient,
  debateId: Id,
  command: Command<'accept-suggestion'>,
  ctx: WriteContext,
): Decision {
  const found = await readSuggestion(tx, debateId, command.suggestionId);
  if (!found) return decideAcceptSuggestion(command.suggestionId, null, NO_MARK, ctx);
  // Claims it names may have been merged since: it lands on their survivors.
  const { input, state } = await readMarkState(tx, debateId, found.mark);
  const suggestion = { ...found, mark: input };
  return decideAcceptSuggestion(command.suggestionId, suggestion, state, ctx, command.reason);
}

const NO_MARK: MarkClaimState = {
  post: null,
  comment: null,
  claims: new Map(),
  anchors: [],
  pending: [],
};

/** What still uses the claims an undo would remove (relations, anchors, replies to them). */
async function claimReferences(tx: SqlClient, debateId: Id, made: readonly Id[]) {
  if (made.length === 0) return { relations: [], anchors: [], comments: [] };
  const anchors = await tx.query<{ id: string; claimId: string }>(
    `select id, claim_id as "claimId" from anchors
     where debate_id = $1 and claim_id = any($2::text[])`,
    [debateId, made],
  );
  const targets = await tx.query<{ id: string; claimId: string }>(
    `select id, target_claim_id as "claimId" from comments
     where debate_id = $1 and target_claim_id = any($2::text[])`,
    [debateId, made],
  );
  return {
    relations: await relationsWhere(
      tx,
      debateId,
      '(from_id = any($2::text[]) or to_id = any($2::text[]))',
      [made],
    ),
    anchors,
    comments: targets.map((r) => ({ id: r.id, target: { claimId: r.claimId } })),
  };
}

async function undo(tx: SqlClient, debateId: Id, command: Command<'undo'>): Decision {
  const [entry = null] = (await readEventsAfter(tx, debateId, command.seq - 1, 1)) ?? [];
  const found = entry?.seq === command.seq ? entry : null;
  const later = found
    ? ((await readEventsAfter(tx, debateId, command.seq, LATER_EVENTS_READ)) ?? [])
    : [];
  const refs = await claimReferences(tx, debateId, found?.upsert.claims.map((c) => c.id) ?? []);
  return decideUndo(found, command.seq, later, command.reason, refs);
}

/** The decision for one command over the rows it names. */
export async function decideInSql(
  tx: SqlClient,
  debateId: Id,
  command: ModerationCommand,
  ctx: WriteContext,
): Decision {
  switch (command.kind) {
    case 'edit-claim': {
      const claim = await readClaim(tx, debateId, command.claimId);
      return decideEditClaim(command.claimId, claim, command);
    }
    case 'edit-relation':
      return editRelation(tx, debateId, command);
    case 'hide-comment': {
      const comment = await readComment(tx, debateId, command.commentId);
      return decideHideComment(command.commentId, comment, command.hidden, command.reason);
    }
    case 'hide-claim':
      return hideClaim(tx, debateId, command);
    case 'accept-suggestion':
      return acceptSuggestion(tx, debateId, command, ctx);
    case 'undo':
      return undo(tx, debateId, command);
  }
}
