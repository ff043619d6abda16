import type { Database } from '../platform/db/database.js';

/**
 * The synthetic demo data set. It grows with the modules: each adds its demo records here, made with Faker
 * `id_ID` (never real people) and written so that running the seed twice changes nothing.
 * Today the product holds reference data only (the official regions, loaded by `atensi migrate`), so the demo
 * data set is that reference data; users, institutions and cases join it with their modules.
 */
export async function seedDemo(database: Database): Promise<string> {
  const [row] = await database.withSession((session) =>
    session.query<{ regions: number }>('SELECT count(*)::int AS regions FROM regions'),
  );
  return `demo data: ${row?.regions ?? 0} regions available`;
}
