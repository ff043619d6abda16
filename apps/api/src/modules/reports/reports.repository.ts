import type { ScreeningReportDimension } from '@atensi/contracts';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { institutions, type Scope, withinScope } from '../institutions/index.js';
import { regions } from '../regions/index.js';
import { screeningFacts, screeningSubstanceFacts } from './reports.views.js';

export type RawCounts = {
  key: string | null;
  screenings: number;
  low: number;
  moderate: number;
  high: number;
  injecting: number;
  furtherAssessment: number;
};

export type ScreeningFilter = {
  scope: Scope;
  start: string;
  end: string;
  institutionId?: string | undefined;
  provinceCode?: string | undefined;
};

/** Screenings in [start, end) of WIB days, within scope, optionally at one institution or province. */
function conditions(
  view: typeof screeningFacts | typeof screeningSubstanceFacts,
  filter: ScreeningFilter,
): SQL | undefined {
  const parts: SQL[] = [
    withinScope(filter.scope, view.institutionId),
    sql`${view.screenedAt} >= ${`${filter.start}T00:00:00+07:00`}::timestamptz`,
    sql`${view.screenedAt} < ${`${filter.end}T00:00:00+07:00`}::timestamptz`,
  ];
  if (filter.institutionId) parts.push(eq(view.institutionId, filter.institutionId));
  if (filter.provinceCode) parts.push(eq(view.institutionProvinceCode, filter.provinceCode));
  return and(...parts);
}

const countWhere = (condition: SQL) => sql<number>`count(*) FILTER (WHERE ${condition})`.mapWith(Number);

/** Screenings by routing risk, grouped by one dimension (or not at all: `null`). */
export async function countScreenings(
  db: Db,
  filter: ScreeningFilter,
  by: Exclude<ScreeningReportDimension, 'substance'> | null,
): Promise<RawCounts[]> {
  const f = screeningFacts;
  const key = {
    month: sql<string>`to_char(${f.month}, 'YYYY-MM')`,
    institution: sql<string>`${f.institutionId}::text`,
    institution_province: sql<string>`${f.institutionProvinceCode}`,
    beneficiary_province: sql<string>`${f.beneficiaryProvinceCode}`,
  };
  const keyExpression = by ? key[by] : sql<string | null>`NULL`;
  const query = db
    .select({
      key: keyExpression,
      screenings: sql<number>`count(*)`.mapWith(Number),
      low: countWhere(sql`${f.routingRisk} = 'low'`),
      moderate: countWhere(sql`${f.routingRisk} = 'moderate'`),
      high: countWhere(sql`${f.routingRisk} = 'high'`),
      injecting: countWhere(sql`${f.injectingRisk}`),
      furtherAssessment: countWhere(sql`${f.nextStep} = 'further_assessment'`),
    })
    .from(f)
    .where(conditions(f, filter));
  return by ? query.groupBy(keyExpression).orderBy(keyExpression) : query;
}

/** Substance groups used, with each group's own bands. */
export async function countSubstances(db: Db, filter: ScreeningFilter): Promise<RawCounts[]> {
  const f = screeningSubstanceFacts;
  return db
    .select({
      key: f.substance,
      screenings: sql<number>`count(*)`.mapWith(Number),
      low: countWhere(sql`${f.risk} = 'low'`),
      moderate: countWhere(sql`${f.risk} = 'moderate'`),
      high: countWhere(sql`${f.risk} = 'high'`),
      injecting: countWhere(sql`${f.injectingRisk}`),
      furtherAssessment: countWhere(sql`${f.nextStep} = 'further_assessment'`),
    })
    .from(f)
    .where(conditions(f, filter))
    .groupBy(f.substance)
    .orderBy(f.substance);
}

export async function findInstitutionNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(inArray(institutions.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findRegionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, codes));
  return new Map(rows.map((row) => [row.code, row.name]));
}
