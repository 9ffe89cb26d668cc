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

/** How many unused positions lie right below each of `ats` (down to the row before it). */
async function roomBefore(tx: SqlClient, debateId: Id, table: string, ats: readonly number[]) {
  if (ats.length === 0) return new Map<number, number>();
  const rows = await tx.query<{ at: number; p: number | null }>(
    `select a.at, (select max(position) from ${table} where debate_id = $1 and position < a.at) as p
     from unnest($2::int[]) as a(at)`,
    [debateId, ats],
  );
  return new Map(rows.map((r) => [r.at, r.at - ((r.p ?? -1) + 1)]));
}

/**
 * Where some gap is too small (rows were put back out of order meanwhile): chain by chain,
 * making room above the follower when needed, which moves every later follower up too.
 */
async function placeOneByOne<T>(
  tx: SqlClient,
  debateId: Id,
  table: TableSpec<T>,
  groups: readonly { at: number; rows: T[] }[],
) {
  let moved: { from: number; by: number }[] = [];
  for (const group of groups) {
    const at = moved.reduce((p, m) => (p >= m.from ? p + m.by : p), group.at);
    const count = group.rows.length;
    const room = (await roomBefore(tx, debateId, table.name, [at])).get(at) ?? 0;
    let start = at - count;
    if (room < count) {
      await makeRoom(tx, debateId, table.name, at, count);
      moved = [...moved, { from: at, by: count }];
      start = at;
    }
    const positions = group.rows.map((_, i) => start + i);
    await insertRows(tx, debateId, table, group.rows, { positions });
  }
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
  const groups = [...before].map(([follower, chain]) => ({
    at: positions.get(follower) as number,
    rows: chain.map((id) => byId.get(id) as T),
  }));
  const room = await roomBefore(
    tx,
    debateId,
    table.name,
    groups.map((g) => g.at),
  );
  if (groups.every((g) => (room.get(g.at) ?? 0) >= g.rows.length)) {
    // Each chain in the gap below its follower (the gaps are apart): one statement for all.
    const slots = groups.flatMap((g) => g.rows.map((_, i) => g.at - g.rows.length + i));
    await insertRows(
      tx,
      debateId,
      table,
      groups.flatMap((g) => g.rows),
      { positions: slots },
    );
  } else {
    await placeOneByOne(tx, debateId, table, groups);
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
