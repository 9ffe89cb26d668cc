// An import detaches local account ids, over PGlite and (TEST_DATABASE_URL) PostgreSQL.
import { onSqlStores } from '../testing/sql-stores';
import { describeImportIdentity } from './import-identity-suite';

onSqlStores('import_identity', describeImportIdentity);
