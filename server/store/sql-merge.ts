// The SQL adapter's merges: each loads, under the debate's lock (runWrite), only the rows of the
// claims being merged (index lookups by id, by relation end, by anchor claim and by reply target,
// never the whole debate) and hands them to the pure planMerge / planUnmerge.
import { z } from 'zod';
import type { MarkClaim, NewComment } from '../../src/domain/commands';
import type { DebateEvent } from '../../src/domain/events';
import {
  markClaimIds,
  replyClaimIds,
  resolveMark,
  resolveReply,
  resolverOf,
} from '../../src/domain/merge/aliases';
import { applyMerge } from '../../src/domain/merge/apply-merge';
import { CHAIN_LIMITS } from '../../src/domain/merge/chains';
import { withFollowers } from '../../src/domain/merge/merge-order';
import { touchedIds } from '../../src/domain/merge/merge-state';
import { type MergeState, planMerge } from '../../src/domain/merge/plan-merge';
import { planUnmerge, restoredEnds, type UnmergeState } from '../../src/domain/merge/plan-unmerge';
import {
  AnchorSchema,
  ClaimSchema,
  CommentSchema,
  type Id,
  RelationSchema,
} from '../../src/domain/model';
import { refuse } from '../../src/domain/writes';
import type { SqlClient } from '../db/sql-client';
import {
  blockedMessage,
  invalidMessage,
  type MergeMethods,
  type MergeResult,
  previewOf,
  type UnmergeResult,
} from './merge-port';
import { outcomeRefusal } from './merge-refusal';
import { readEventsAfter, runWrite } from './sql-events';
import { placeRestored, readFollowers } from './sql-merge-order';
import { writeRevisions } from './sql-moderation-revisions';
import { ANCHORS, CLAIMS, COMMENT_CONTENT_COLUMNS, COMMENTS, RELATIONS } from './sql-tables';

const names = (columns: readonly { name: string }[], prefix = '') =>
  columns.map((c) => `${prefix}${c.name}`).join(', ');

async function rowsWhere<T>(
  tx: SqlClient,
  table: {
    name: string;
    columns: readonly { name: string }[];
    fromRow(r: Record<string, unknown>): unknown;
  },
  schema: z.ZodType<T>,
  where: string,
  params: unknown[],
): Promise<T[]> {
  const rows = await tx.query<Record<string, unknown>>(
    `select ${names(table.columns)} from ${table.name} where debate_id = $1 and ${where}
     order by position`,
    params,
  );
  return z.array(schema).parse(rows.map(table.fromRow));
}

const COMMENT_CONTENT = {
  name: 'comments',
  columns: COMMENT_CONTENT_COLUMNS,
  fromRow: COMMENTS.fromRow,
};

/** Requested ids that are aliases: id → the claim that holds it. */
export async function readAliases(tx: SqlClient, debateId: Id, ids: readonly Id[]) {
  const rows = await tx.query<{ id: string; aliases: string }>(
    `select id, aliases from claims
     where debate_id = $1 and aliases is not null and aliases::jsonb ?| $2::text[]`,
    [debateId, ids],
  );
  const wanted = new Set(ids);
  const found = new Map<Id, Id>();
  for (const row of rows) {
    for (const alias of z.array(z.string()).parse(JSON.parse(row.aliases))) {
      if (wanted.has(alias)) found.set(alias, row.id);
    }
  }
  return found;
}

/**
 * The relations above `ids` (each claim to what it supports or attacks, and so on up), within
 * CHAIN_LIMITS.depth steps: an index walk up the few ancestors a claim has, for chainConflicts.
 * LATERAL and = ANY keep both steps on the (debate_id, from_id, to_id) index even when the
 * planner's statistics are stale (PGlite right after a big import), where a hash join would scan
 * every relation of the debate at each level.
 */
async function readUpward(tx: SqlClient, debateId: Id, ids: readonly Id[]) {
  const rows = await tx.query<Record<string, unknown>>(
    `with recursive up(id, depth) as (
       select unnest($2::text[]), 0
       union
       select p.to_id, up.depth + 1 from up
         cross join lateral (
           select r.to_id from relations r where r.debate_id = $1 and r.from_id = up.id
         ) p
         where up.depth < $3
     )
     select ${names(RELATIONS.columns, 'r.')} from relations r
     where r.debate_id = $1 and r.from_id = any(array(select distinct id from up))
     limit $4`,
    [debateId, ids, CHAIN_LIMITS.depth, CHAIN_LIMITS.visits],
  );
  return z.array(RelationSchema).parse(rows.map(RELATIONS.fromRow));
}

/**
 * `forPreview` adds the walk up for longer loops: the preview reports them, but they change
 * nothing the merge writes, so the merge itself skips the walk.
 */
async function loadMergeState(
  tx: SqlClient,
  debateId: Id,
  ids: readonly Id[],
  forPreview: boolean,
): Promise<MergeState> {
  const claims = await rowsWhere(tx, CLAIMS, ClaimSchema, 'id = any($2::text[])', [debateId, ids]);
  const present = claims.map((c) => c.id);
  const missing = ids.filter((id) => !present.includes(id));
  const by = [debateId, present];
  return {
    claims: new Map(claims.map((c) => [c.id, c])),
    aliases: missing.length > 0 ? await readAliases(tx, debateId, missing) : new Map(),
    // Two index lookups (by `from`, by `to`); a relation between two merged claims comes once.
    relations: await rowsWhere(
      tx,
      RELATIONS,
      RelationSchema,
      'id in (select id from relations where debate_id = $1 and from_id = any($2::text[]) union select id from relations where debate_id = $1 and to_id = any($2::text[]))',
      by,
    ),
    anchors: await rowsWhere(tx, ANCHORS, AnchorSchema, 'claim_id = any($2::text[])', by),
    ...(forPreview ? { upward: await readUpward(tx, debateId, present) } : {}),
    replies: await rowsWhere(
      tx,
      COMMENT_CONTENT,
      CommentSchema,
      'target_claim_id = any($2::text[])',
      by,
    ),
  };
}

async function loadUnmergeState(
  tx: SqlClient,
  debateId: Id,
  merge: DebateEvent,
): Promise<UnmergeState> {
  const ids = touchedIds(merge);
  const byId = async <T extends { id: Id }>(
    table: Parameters<typeof rowsWhere>[1],
    schema: z.ZodType<T>,
    wanted: ReadonlySet<Id>,
  ) => {
    const rows = await rowsWhere(tx, table, schema, 'id = any($2::text[])', [
      debateId,
      [...wanted],
    ]);
    return new Map(rows.map((r) => [r.id, r]));
  };
  return {
    claims: await byId(CLAIMS, ClaimSchema, ids.claims),
    relations: await byId(RELATIONS, RelationSchema, ids.relations),
    anchors: await byId(ANCHORS, AnchorSchema, ids.anchors),
    comments: await byId(COMMENT_CONTENT, CommentSchema, ids.comments),
    claimsNow: new Set((await byId(CLAIMS, ClaimSchema, new Set(restoredEnds(merge)))).keys()),
  };
}

/** Events of this debate that undo `seq` (usually none): found by the undoes index. */
async function undoEvents(tx: SqlClient, debateId: Id, seq: number): Promise<DebateEvent[]> {
  const rows = await tx.query<{ seq: number }>(
    'select seq::int as seq from events where debate_id = $1 and undoes = $2 order by seq',
    [debateId, seq],
  );
  const events: DebateEvent[] = [];
  for (const row of rows)
    events.push(...((await readEventsAfter(tx, debateId, row.seq - 1, 1)) ?? []));
  return events;
}

/** The later events, to name what blocks an undo (only read when something does). */
const LATER_EVENTS_READ = 5000;

export function createSqlMerges(sql: SqlClient): MergeMethods {
  return {
    async previewMerge(debateId, request) {
      return sql.transaction(async (tx) => {
        await tx.query('set transaction isolation level repeatable read');
        const exists = await tx.query('select 1 from debates where id = $1', [debateId]);
        if (exists.length === 0) return { kind: 'no-debate' };
        const outcome = planMerge(
          await loadMergeState(tx, debateId, request.claimIds, true),
          request,
        );
        if (outcome.kind === 'plan') return { kind: 'preview', preview: previewOf(outcome.plan) };
        return outcomeRefusal(outcome);
      });
    },
    async mergeClaims(debateId, actor, request) {
      let refusal: MergeResult | null = null;
      const result = await runWrite(sql, debateId, actor.id, async (tx, ctx) => {
        const outcome = planMerge(
          await loadMergeState(tx, debateId, request.claimIds, false),
          request,
        );
        if (outcome.kind !== 'plan') {
          refusal = outcomeRefusal(outcome);
          return refuse.invalid('refused');
        }
        const draft = applyMerge(outcome.plan, request.reason);
        if (draft.kind !== 'event') {
          refusal = {
            kind: 'invalid',
            message: invalidMessage(outcome.plan.blocking),
            reasons: outcome.plan.blocking,
          };
          return draft;
        }
        // A reworded survivor's old and new wordings go to its history, as an edit's would.
        await writeRevisions(tx, debateId, draft, { at: ctx.now, actorId: actor.id });
        return withFollowers(draft, await readFollowers(tx, debateId, draft.remove));
      });
      if (refusal) return refusal;
      if (result.kind === 'ok' || result.kind === 'no-debate') return result;
      throw new Error(`Unexpected merge result ${result.kind}.`);
    },
    async unmergeClaims(debateId, actor, seq, reason) {
      let refusal: UnmergeResult | null = null;
      const result = await runWrite(sql, debateId, actor.id, async (tx, ctx) => {
        const [merge] = (await readEventsAfter(tx, debateId, seq - 1, 1)) ?? [];
        if (!merge || merge.seq !== seq) {
          refusal = { kind: 'not-found', message: `There is no event ${seq} in this debate.` };
          return refuse.notFound('refused');
        }
        const state = await loadUnmergeState(tx, debateId, merge);
        let outcome = planUnmerge(state, merge, await undoEvents(tx, debateId, seq), reason);
        if (outcome.kind === 'blocked') {
          const later = (await readEventsAfter(tx, debateId, seq, LATER_EVENTS_READ)) ?? [];
          outcome = planUnmerge(state, merge, later, reason);
        }
        if (outcome.kind === 'not-a-merge') {
          refusal = { kind: 'not-found', message: outcome.message };
          return refuse.notFound(outcome.message);
        }
        if (outcome.kind === 'blocked') {
          refusal = {
            kind: 'blocked',
            message: blockedMessage(outcome.reasons),
            reasons: outcome.reasons,
            ...(outcome.laterMerge ? { laterMerge: outcome.laterMerge } : {}),
          };
          return refuse.invalid('blocked');
        }
        // The survivor's wording before a rewording merge comes back as a new revision.
        await writeRevisions(tx, debateId, outcome, { at: ctx.now, actorId: actor.id });
        await placeRestored(tx, debateId, outcome);
        return outcome;
      });
      if (refusal) return refusal;
      if (result.kind === 'ok' || result.kind === 'no-debate') return result;
      throw new Error(`Unexpected unmerge result ${result.kind}.`);
    },
    async resolveClaimId(debateId, claimId) {
      const [claim] = await sql.query('select 1 from claims where debate_id = $1 and id = $2', [
        debateId,
        claimId,
      ]);
      if (claim) return claimId;
      return (await readAliases(sql, debateId, [claimId])).get(claimId) ?? null;
    },
  };
}

/** `input` with ids of merged claims replaced by their survivors', read under the write's lock. */
export async function resolveReplyInTx(tx: SqlClient, debateId: Id, input: NewComment) {
  const ids = replyClaimIds(input);
  if (ids.length === 0) return input;
  const aliases = await readAliases(tx, debateId, ids);
  return aliases.size === 0 ? input : resolveReply(input, resolverOf(aliases));
}

/** `input` with the claims a mark names (relation target, existing claim) resolved likewise. */
export async function resolveMarkInTx(tx: SqlClient, debateId: Id, input: MarkClaim) {
  const ids = markClaimIds(input);
  if (ids.length === 0) return input;
  const aliases = await readAliases(tx, debateId, ids);
  return aliases.size === 0 ? input : resolveMark(input, resolverOf(aliases));
}
