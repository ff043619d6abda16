import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RegionLevel } from '@atensi/contracts';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Database, SqlSession } from '../../platform/db/database.js';

const DATASET = 'idn-area-data';
const BATCH = 1000;

export type RegionRow = { code: string; name: string; level: RegionLevel; parentCode: string | null };
export type LoadProgress = (event: { level: RegionLevel; loaded: number; total: number }) => void;
export type LoadReport = { version: string; rows: number; skipped: boolean; deactivated: number };

/** The version of the installed idn-area-data package: the version of the official list we load. */
export function installedDatasetVersion(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('idn-area-data/package.json');
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** Every province, regency/city, district and village of idn-area-data, parents before children. */
export async function readOfficialRegions(): Promise<RegionRow[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return [
    ...provinces.map((row) => ({ code: row.code, name: row.name, level: 'province' as const, parentCode: null })),
    ...regencies.map((row) => ({
      code: row.code,
      name: row.name,
      level: 'regency' as const,
      parentCode: row.province_code,
    })),
    ...districts.map((row) => ({
      code: row.code,
      name: row.name,
      level: 'district' as const,
      parentCode: row.regency_code,
    })),
    ...villages.map((row) => ({
      code: row.code,
      name: row.name,
      level: 'village' as const,
      parentCode: row.district_code,
    })),
  ];
}

/**
 * Loads the official regions when the installed data set is newer than the one in the database (or none is).
 * Upserts in one transaction; codes that left the official list are kept but marked inactive, because
 * addresses and NIKs already registered keep referring to them.
 */
export async function loadRegions(database: Database, onProgress?: LoadProgress): Promise<LoadReport> {
  const version = installedDatasetVersion();
  return database.withSession(async (session) => {
    const [current] = await session.query<{ version: string; row_count: number }>(
      'SELECT version, row_count FROM reference_datasets WHERE name = $1',
      [DATASET],
    );
    if (current?.version === version) return { version, rows: current.row_count, skipped: true, deactivated: 0 };
    const rows = await readOfficialRegions();
    await session.exec('BEGIN');
    try {
      await upsertRegions(session, rows, version, onProgress);
      const deactivated = await session.query(
        'UPDATE regions SET is_active = false, updated_at = now() WHERE dataset_version <> $1 AND is_active RETURNING code',
        [version],
      );
      await session.query(
        `INSERT INTO reference_datasets (name, version, row_count) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET version = excluded.version, row_count = excluded.row_count, loaded_at = now()`,
        [DATASET, version, rows.length],
      );
      await session.exec('COMMIT');
      // Fresh statistics, or the planner scans 91k rows instead of using the trigram index.
      await session.exec('ANALYZE regions');
      return { version, rows: rows.length, skipped: false, deactivated: deactivated.length };
    } catch (error) {
      await session.exec('ROLLBACK');
      throw error;
    }
  });
}

async function upsertRegions(session: SqlSession, rows: RegionRow[], version: string, onProgress?: LoadProgress) {
  const totals = new Map<RegionLevel, number>();
  for (const row of rows) totals.set(row.level, (totals.get(row.level) ?? 0) + 1);
  const loaded = new Map<RegionLevel, number>();
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const versionParam = `$${batch.length * 4 + 1}`;
    const values = batch.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, ${versionParam})`);
    const params = [...batch.flatMap((row) => [row.code, row.name, row.level, row.parentCode]), version];
    const sql = `INSERT INTO regions (code, name, level, parent_code, dataset_version) VALUES ${values.join(', ')}
      ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
        parent_code = excluded.parent_code, dataset_version = excluded.dataset_version,
        is_active = true, updated_at = now()`;
    await session.query(sql, params);
    for (const row of batch) loaded.set(row.level, (loaded.get(row.level) ?? 0) + 1);
    for (const level of new Set(batch.map((row) => row.level))) {
      onProgress?.({ level, loaded: loaded.get(level) ?? 0, total: totals.get(level) ?? 0 });
    }
  }
}
