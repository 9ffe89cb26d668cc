// Marking words as an existing claim over the SQL store: PGlite, and PostgreSQL with
// TEST_DATABASE_URL.
import { onSqlStores } from '../testing/sql-stores';
import { describeMarkExistingApi } from './mark-existing-api-suite';

onSqlStores('mark_existing_api', (where, fresh) =>
  describeMarkExistingApi(`marking words as an existing claim over ${where}`, fresh),
);
