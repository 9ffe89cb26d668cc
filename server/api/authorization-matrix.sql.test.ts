// The authorization matrix over the SQL store: PGlite, and PostgreSQL with TEST_DATABASE_URL.
import { onSqlStores } from '../testing/sql-stores';
import { describeAuthorizationMatrix } from './authorization-matrix-suite';

onSqlStores('authz', describeAuthorizationMatrix);
