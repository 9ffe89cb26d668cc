// List order for merges in SQL (src/domain/merge/merge-order.ts): a merge reads the row after
// each claim and relation it removes (one index lookup on (debate_id, position) each); its
// unmerge writes the rows it brings back itself, before the event is persisted, at positions
// just before the rows that followed them, exactly where applyEvent puts them in memory, so the
// event's upsert then finds them in place. A gap left by the removal is reused; when there is no
// room (rows put back out of order meanwhile), the rows from that point on move up to make some.
import type { FollowedBy } from '../../src/domain/events';
import { placeAdded } from '../../src/domain/list-order';
import type { Id } from '../../src/domain/model';
import type { EventDraft } from '../../src/domain/writes';
import type { SqlClient } from '../db/sql-client';
import { insertRows } from './sql-rows';
import { CLAIMS, RELATIONS, type TableSpec } from './sql-tables';

async function followersOf(tx: SqlClient, debateId: Id, table: string, ids: readonly Id[]) {
  if (ids.length === 0) return {};
  const rows = await tx.query<{ id: string; next: string | null }>(
    `select r.id, (select n.id from ${table} n where n.debate_id = $1 and n.position > r.position
                   order by n.position limit 1) as next
     from ${table} r where r.debate_id = $1 and r.id = any($2::text[])`,
    [debateId, ids],
  );
  return Object.fromEntries(rows.flatMap((r) => (r.next === null ? [] : [[r.id, r.next]])));
}

/** Where each claim and relation a merge removes sits now: the row right after it. */
export async function readFollowers(
  tx: SqlClient,
  debateId: Id,
  remove: EventDraft['remove'],
): Promise<{ claims: Record<Id, Id>; relations: Record<Id, Id> }> {
  return {
    claims: await followersOf(tx, debateId, 'claims', remove.claims),
    relations: await followersOf(tx, debateId, 'relations', remove.relations),
  };
}

/** Moves every row at `from` or later up by `by`, through negatives (positions are unique). */
async function makeRoom(tx: SqlClient, debateId: Id, table: string, from: number, by: number) {
  await tx.query(
    `update ${table} set position = -1 - position where debate_id = $1 and position >= $2`,
    [debateId, from],
  );
  await tx.query(
    `update ${table} set position = -1 - position + $2 where debate_id = $1 and position < 0`,
    [debateId, by],
  );
}

/** Free positions for `count` rows right before the row at `at`, making room if need be. */
async function slotsBefore(tx: SqlClient, debateId: Id, table: string, at: number, count: number) {
  const [row] = await tx.query<{ p: number | null }>(
    `select max(position) as p from ${table} where debate_id = $1 and position < $2`,
    [debateId, at],
  );
  const lowest = (row?.p ?? -1) + 1;
  if (at - lowest >= count) return Array.from({ length: count }, (_, i) => at - count + i);
  await makeRoom(tx, debateId, table, at, count);
  return Array.from({ length: count }, (_, i) => at + i);
}

async function placeList<T extends { id: Id }>(
  tx: SqlClient,
  debateId: Id,
  table: TableSpec<T>,
  rows: readonly T[],
  followers: Readonly<Record<Id, Id>>,
) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const found = await tx.query<{ id: string; position: number }>(
    `select id, position from ${table.name} where debate_id = $1 and id = any($2::text[])`,
    [debateId, [...ids, ...Object.values(followers)]],
  );
  const positions = new Map(found.map((r) => [r.id, r.position]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const added = ids.filter((id) => !positions.has(id));
  if (added.length === 0) return;
  if (table.name === 'relations') {
    // Relations that stay first take their restored ends (a moved one gets its old ones back),
    // so one coming back may take the (from, to) pair one of them held until now (unique).
    const staying = rows.filter((r) => positions.has(r.id));
    await insertRows(tx, debateId, table, staying, { upsert: true });
  }
  const { before, atEnd } = placeAdded(added, followers, (id) => positions.has(id));
  for (const [follower, chain] of before) {
    const at = positions.get(follower) as number;
    const slots = await slotsBefore(tx, debateId, table.name, at, chain.length);
    // Making room moved every row from `at` on up by the chain's length.
    if (slots[0] === at) {
      for (const [id, p] of positions) if (p >= at) positions.set(id, p + chain.length);
    }
    const chained = chain.map((id) => byId.get(id) as T);
    await insertRows(tx, debateId, table, chained, { positions: slots });
  }
  // The rest at the end, in the event's order, as persisting the event would put them.
  await insertRows(
    tx,
    debateId,
    table,
    atEnd.map((id) => byId.get(id) as T),
  );
}

/**
 * Inserts the claims and relations `draft` (an unmerge) brings back, each where its followedBy
 * says, claims first (relations name them). Rows already there are left to the event's upsert.
 */
export async function placeRestored(
  tx: SqlClient,
  debateId: Id,
  draft: { upsert: EventDraft['upsert']; followedBy?: FollowedBy },
): Promise<void> {
  const { upsert, followedBy } = draft;
  if (!followedBy) return;
  // Every claim coming back is written here, placed or not: a placed relation may name one.
  await placeList(tx, debateId, CLAIMS, upsert.claims, followedBy.claims ?? {});
  await placeList(tx, debateId, RELATIONS, upsert.relations, followedBy.relations ?? {});
}
