import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadRegions } from '../modules/regions/index.js';
import { dumpPglite, openDatabase } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';

/**
 * Builds one migrated PGlite database with every region loaded, once per run, and dumps it; each test file then
 * starts from a copy of it in memory (about a second instead of migrating and loading 91k regions again).
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'atensi-template-'));
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await migrate(database);
    await loadRegions(database);
    const dump = await dumpPglite(database);
    const file = join(dir, 'template.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplate', file);
  } finally {
    await database.close();
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
