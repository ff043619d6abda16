import type { Region, RegionLevel, RegionListItem } from '@atensi/contracts';
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/db/like.js';
import { regions } from './regions.table.js';

// Regions are public reference data (Kemendagri publishes them): unlike client records, they need no scope.

export type RegionFilter = { level?: RegionLevel; parentCode?: string; q?: string };

const parent = alias(regions, 'parent');
const grandparent = alias(regions, 'grandparent');
const greatGrandparent = alias(regions, 'great_grandparent');

const regionColumns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  parentCode: regions.parentCode,
};

function conditionsOf(filter: RegionFilter): SQL | undefined {
  const conditions: SQL[] = [eq(regions.isActive, true)];
  if (filter.level) conditions.push(eq(regions.level, filter.level));
  if (filter.parentCode) conditions.push(eq(regions.parentCode, filter.parentCode));
  if (filter.q) conditions.push(sql`lower(${regions.name}) LIKE ${`%${escapeLike(filter.q.toLowerCase())}%`}`);
  return and(...conditions);
}

/** Matches by name (trigram-indexed); exact names first, then names that start with the query, then by level. */
export async function findRegions(
  db: Db,
  filter: RegionFilter,
  page: { limit: number; offset: number },
): Promise<{ items: RegionListItem[]; total: number }> {
  const where = conditionsOf(filter);
  const q = filter.q?.toLowerCase() ?? '';
  const [items, [totalRow]] = await Promise.all([
    db
      .select({
        ...regionColumns,
        path: sql<string>`concat_ws(' › ', ${greatGrandparent.name}, ${grandparent.name}, ${parent.name}, ${regions.name})`,
      })
      .from(regions)
      .leftJoin(parent, eq(parent.code, regions.parentCode))
      .leftJoin(grandparent, eq(grandparent.code, parent.parentCode))
      .leftJoin(greatGrandparent, eq(greatGrandparent.code, grandparent.parentCode))
      .where(where)
      .orderBy(
        ...(q
          ? [
              sql`lower(${regions.name}) = ${q} DESC`,
              sql`lower(${regions.name}) LIKE ${`${escapeLike(q)}%`} DESC`,
              sql`array_position(ARRAY['province', 'regency', 'district', 'village'], ${regions.level})`,
              asc(regions.name),
            ]
          : []),
        asc(regions.code),
      )
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(regions).where(where),
  ]);
  return { items, total: Number(totalRow?.total ?? 0) };
}

export async function findRegionsByCodes(db: Db, codes: string[]): Promise<Region[]> {
  if (codes.length === 0) return [];
  return db.select(regionColumns).from(regions).where(inArray(regions.code, codes)).orderBy(asc(regions.code));
}

export async function countChildren(db: Db, code: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(regions)
    .where(and(eq(regions.parentCode, code), eq(regions.isActive, true)));
  return Number(row?.total ?? 0);
}
