// The merge routes over the SQL store: PGlite, and PostgreSQL with TEST_DATABASE_URL.
import { onSqlStores } from '../testing/sql-stores';
import { describeMergeApi } from './merge-api-suite';

onSqlStores('merge_api', describeMergeApi);
