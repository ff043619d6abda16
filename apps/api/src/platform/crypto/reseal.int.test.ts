import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBeneficiary, buildInstitution } from '../../test/builders.js';
import { createScratchDatabase, testDatabaseKind, testKeyRing } from '../../test/test-database.js';
import type { Database } from '../db/database.js';
import { FieldCipher, newDataKey } from './field-cipher.js';
import { resealAll, SEALED_COLUMNS } from './reseal.js';

// A database of its own: re-sealing rewrites every sealed value, which other files on a shared database would feel.
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let database: Database;

beforeAll(async () => {
  scratch = await createScratchDatabase({ migrated: true });
  database = scratch.database;
  await database.withSession((s) =>
    s.exec(`INSERT INTO regions (code, name, level, parent_code, dataset_version) VALUES
      ('32', 'JAWA BARAT', 'province', NULL, 'test'), ('32.04', 'KABUPATEN BANDUNG', 'regency', '32', 'test'),
      ('32.04.12', 'CIPARAY', 'district', '32.04', 'test') ON CONFLICT (code) DO NOTHING`),
  );
});
afterAll(async () => {
  await scratch.drop();
});

describe(`key rotation on ${testDatabaseKind}`, () => {
  test('every *_cipher column of the schema is known to the re-sealing', async () => {
    const columns = await database.withSession((s) =>
      s.query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND column_name LIKE '%\\_cipher' ORDER BY 1, 2`,
      ),
    );
    const known = SEALED_COLUMNS.map(([table, column]) => `${table}.${column}`).sort();
    expect(columns.map((row) => `${row.table_name}.${row.column_name}`).sort()).toStrictEqual(known);
  });

  test('after a new key is put first, every value is re-sealed with it and still opens; a second run has nothing to do', async () => {
    const institution = await buildInstitution(database.db, { type: 'ipwl' });
    const ids = [
      await buildBeneficiary(database.db, institution.id),
      await buildBeneficiary(database.db, institution.id),
    ];
    const old = testKeyRing();
    const rotated = new FieldCipher({ dataKeys: [newDataKey('t2'), ...old.dataKeys], indexKey: old.indexKey });
    const counts = await resealAll(database, rotated);
    expect(counts['beneficiaries.no_nik_reason']).toBe(2);
    const rows = await database.withSession((s) =>
      s.query<{ sealed: string }>(
        'SELECT no_nik_reason_cipher AS sealed FROM beneficiaries WHERE id = ANY($1::uuid[])',
        [ids],
      ),
    );
    for (const row of rows) {
      expect(row.sealed.startsWith('t2.')).toBe(true);
      expect(rotated.open('beneficiaries.no_nik_reason', row.sealed)).toBe('Tidak memiliki dokumen');
    }
    const again = await resealAll(database, rotated);
    expect(Object.values(again).every((count) => count === 0)).toBe(true);
  });
});
