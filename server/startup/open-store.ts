// The store set-up shared by `npm start` and `npm run dev`: open the database, bring its schema
// up to date, and load the seed debate on the first start of an empty database.

import type { DatabaseKind } from '../api/deps';
import type { Config } from '../config';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { seedIfEmpty } from '../seed';
import { createSqlStore } from '../store/sql-store';
import type { Store } from '../store/store';
import { StartupError } from './startup-error';

export interface OpenedStore {
  store: Store;
  database: DatabaseKind;
  /** Whether this start loaded the seed debate (the database was empty). */
  seeded: boolean;
}

export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<OpenedStore> {
  const sql = await openDatabase(config);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Cannot update the database schema: ${reason}`);
  }
  const store = createSqlStore(sql);
  try {
    const seeded = await seedIfEmpty(store);
    return { store, database: sql.kind, seeded };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
