// The write routes' rules over the SQL store: PGlite, and PostgreSQL with TEST_DATABASE_URL.
import { onSqlStores } from '../testing/sql-stores';
import { describeWriteApi } from './write-api-suite';

onSqlStores('write_api', (where, fresh) => describeWriteApi(`the write API over ${where}`, fresh));
