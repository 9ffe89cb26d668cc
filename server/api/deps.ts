// What every API operation may use. Handlers reach data only through the Store port.
import type { Store } from '../store/store';

/** Which engine is behind the store; reported by /api/health so operators can check. */
export type DatabaseKind = 'memory' | 'pglite' | 'postgres';

export interface AppDeps {
  store: Store;
  database: DatabaseKind;
}
