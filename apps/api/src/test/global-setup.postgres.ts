import { loadRegions } from '../modules/regions/index.js';
import { openDatabase } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';

/**
 * Brings the PostgreSQL test database (TEST_DATABASE_URL) up to date once per run. Test files share it and
 * never truncate: each test makes its own uniquely named data (Medplum's way), so files can run in parallel.
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await migrate(database);
    await loadRegions(database);
  } finally {
    await database.close();
  }
}
