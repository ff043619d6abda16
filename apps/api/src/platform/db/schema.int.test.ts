import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { schema } from '../../schema.js';
import { createTestDatabase, testDatabaseKind } from '../../test/test-database.js';
import type { Database } from './database.js';

// The Drizzle table definitions (types for the code) and the SQL migrations (the database) are written by hand,
// side by side; this test fails as soon as they disagree on a table, a column or its nullability.
describe(`table definitions match the migrated ${testDatabaseKind} database`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  for (const table of Object.values(schema) as PgTable[]) {
    const config = getTableConfig(table);
    test(config.name, async () => {
      const columns = await database.withSession((s) =>
        s.query<{ column_name: string; is_nullable: string }>(
          "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
          [config.name],
        ),
      );
      const inDatabase = Object.fromEntries(columns.map((c) => [c.column_name, c.is_nullable === 'NO']));
      const inCode = Object.fromEntries(config.columns.map((c) => [c.name, c.notNull]));
      expect(inCode).toEqual(inDatabase);
    });
  }
});
