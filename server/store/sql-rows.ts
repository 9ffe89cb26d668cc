// Writing a list of model objects to its table in one statement, whatever its length: each column
// travels as one array parameter and is unnested (so a debate of any size costs one INSERT per
// table, and a write one statement per changed table).
import type { Id } from '../../src/domain/model';
import type { SqlClient } from '../db/sql-client';
import type { Column, TableSpec } from './sql-tables';

function arrays<T>(columns: readonly Column<T>[], from: number): string[] {
  return columns.map((c, i) => `$${i + from}::${c.type}[]`);
}

/**
 * Appends rows after the debate's last position, in the order given (positions keep each list
 * in the order the model lists it), or at the `positions` given (one per item, free ones: an
 * unmerge putting rows back where they were). With `upsert`, a row whose id exists is updated
 * in place and keeps its position, as upsertById does in memory.
 */
export async function insertRows<T>(
  tx: SqlClient,
  debateId: Id,
  table: TableSpec<T>,
  items: readonly T[],
  options: { upsert?: boolean; positions?: readonly number[] } = {},
): Promise<void> {
  if (items.length === 0) return;
  const names = table.columns.map((c) => c.name);
  const at = table.columns.length + 2;
  const position = options.positions
    ? `($${at}::int[])[t.ordinality]`
    : `(select coalesce(max(position) + 1, 0) from ${table.name} where debate_id = $1)
         + (t.ordinality - 1)::int`;
  const onConflict = options.upsert
    ? `on conflict (debate_id, id) do update set ${names
        .filter((n) => n !== 'id')
        .map((n) => `${n} = excluded.${n}`)
        .join(', ')}`
    : '';
  await tx.query(
    `insert into ${table.name} (debate_id, position, ${names.join(', ')})
     select $1,
       ${position},
       ${names.map((n) => `t.${n}`).join(', ')}
     from unnest(${arrays(table.columns, 2).join(', ')})
       with ordinality as t(${names.join(', ')}, ordinality)
     ${onConflict}`,
    [
      debateId,
      ...table.columns.map((column) => items.map((item) => column.value(item))),
      ...(options.positions ? [options.positions] : []),
    ],
  );
}

/** Sets `columns` (the first must be `id`) of existing rows, matched by id, in one statement. */
export async function updateRows<T>(
  tx: SqlClient,
  debateId: Id,
  tableName: string,
  columns: readonly Column<T>[],
  items: readonly T[],
): Promise<void> {
  if (items.length === 0) return;
  const names = columns.map((c) => c.name);
  await tx.query(
    `update ${tableName} x set ${names.map((n) => `${n} = t.${n}`).join(', ')}
     from unnest(${arrays(columns, 2).join(', ')}) as t(${names.join(', ')})
     where x.debate_id = $1 and x.id = t.id`,
    [debateId, ...columns.map((column) => items.map((item) => column.value(item)))],
  );
}

/** Deletes rows by id. */
export async function deleteRows(
  tx: SqlClient,
  debateId: Id,
  tableName: string,
  ids: readonly Id[],
): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(`delete from ${tableName} where debate_id = $1 and id = any($2::text[])`, [
    debateId,
    ids,
  ]);
}
