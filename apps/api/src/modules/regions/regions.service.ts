import { normaliseRegionCode, type RegionDetail, type RegionList, type RegionListQuery } from '@atensi/contracts';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { countChildren, findRegions, findRegionsByCodes } from './regions.repository.js';

/** Lists regions for pickers: by name, level or parent; with no filter at all, the provinces. */
export async function listRegions(db: Db, query: RegionListQuery): Promise<RegionList> {
  const parentCode = query.parentCode ? normaliseRegionCode(query.parentCode) : undefined;
  const level = query.level ?? (!query.q && !parentCode ? 'province' : undefined);
  const { items, total } = await findRegions(
    db,
    { ...(level ? { level } : {}), ...(parentCode ? { parentCode } : {}), ...(query.q ? { q: query.q } : {}) },
    { limit: query.limit, offset: query.offset },
  );
  return { items, total, limit: query.limit, offset: query.offset };
}

/** One region with its ancestors (province first), so a village shows its district, regency and province. */
export async function getRegion(db: Db, codeInput: string): Promise<RegionDetail> {
  const code = normaliseRegionCode(codeInput);
  const lineage = ancestorCodes(code);
  const found = await findRegionsByCodes(db, [...lineage, code]);
  const region = found.find((row) => row.code === code);
  if (!region) throw new AppError('not_found', 'region.not_found', { code });
  return {
    ...region,
    ancestors: lineage.flatMap((ancestor) => found.filter((row) => row.code === ancestor)),
    childCount: region.level === 'village' ? 0 : await countChildren(db, code),
  };
}

/** `32.04.12.2001` -> [`32`, `32.04`, `32.04.12`]. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('.'));
}
