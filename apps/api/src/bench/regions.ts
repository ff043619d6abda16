import type { Database } from '../platform/db/database.js';
import type { RegionSet } from './world.js';

/** The active provinces, regencies and villages of the loaded `regions` table (idn-area-data). */
export async function loadRegionSet(database: Database): Promise<RegionSet> {
  const rows = await database.withSession((session) =>
    session.query<{ code: string; name: string; level: string }>(
      "SELECT code, name, level FROM regions WHERE is_active AND level IN ('province', 'regency', 'village') ORDER BY code",
    ),
  );
  const villagesOf = new Map<string, string[]>();
  const provinces: RegionSet['provinces'] = [];
  const regencies: RegionSet['regencies'] = [];
  for (const row of rows) {
    if (row.level === 'province') provinces.push({ code: row.code, name: row.name });
    else if (row.level === 'regency')
      regencies.push({ code: row.code, name: row.name, provinceCode: row.code.slice(0, 2) });
    else {
      const regency = row.code.slice(0, 5);
      const list = villagesOf.get(regency);
      if (list) list.push(row.code);
      else villagesOf.set(regency, [row.code]);
    }
  }
  if (provinces.length === 0) throw new Error('the regions table is empty: run atensi migrate first');
  return { provinces, regencies, villagesOf };
}
