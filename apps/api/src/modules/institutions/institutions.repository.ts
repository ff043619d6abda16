import type { InstitutionListQuery, InstitutionType } from '@atensi/contracts';
import { and, asc, desc, eq, ilike, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/db/like.js';
import { staff } from '../workforce/index.js';
import { type Scope, withinScope } from './institutions.scope.js';
import {
  type AccreditationRow,
  type InstitutionRow,
  institutionAccreditations,
  institutionDesignations,
  institutionHistory,
  institutionRequirements,
  institutionSuspensions,
  institutions,
  type PartnershipRow,
  partnerships,
  type SuspensionRow,
} from './institutions.table.js';

/** Institutions within scope, filtered in SQL by type, name or code, province and activity. */
export async function findInstitutions(
  db: Db,
  scope: Scope,
  query: Pick<InstitutionListQuery, 'type' | 'q' | 'provinceCode' | 'includeInactive'>,
  today: string,
): Promise<InstitutionRow[]> {
  const conditions: SQL[] = [withinScope(scope, institutions.id)];
  if (query.type) conditions.push(eq(institutions.type, query.type));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const match = or(ilike(institutions.name, pattern), ilike(institutions.code, pattern));
    if (match) conditions.push(match);
  }
  if (query.provinceCode) conditions.push(like(institutions.regionCode, `${query.provinceCode}%`));
  if (query.includeInactive !== 'true') {
    conditions.push(sql`(${institutions.closedOn} IS NULL OR ${institutions.closedOn} > ${today})`);
  }
  return db
    .select()
    .from(institutions)
    .where(and(...conditions))
    .orderBy(asc(institutions.type), asc(institutions.name))
    .limit(5000);
}

export async function findInstitution(db: Db, scope: Scope, id: string): Promise<InstitutionRow | undefined> {
  const [row] = await db
    .select()
    .from(institutions)
    .where(and(withinScope(scope, institutions.id), eq(institutions.id, id)));
  return row;
}

/** Locks an institution row within scope for the rest of the transaction. */
export async function lockInstitution(db: Db, scope: Scope, id: string): Promise<InstitutionRow | undefined> {
  const [row] = await db
    .select()
    .from(institutions)
    .where(and(withinScope(scope, institutions.id), eq(institutions.id, id)))
    .for('update');
  return row;
}

/** Unscoped lookups for administration and the command line, where the caller is already authorised. */
export async function findInstitutionsByIds(db: Db, ids: string[]): Promise<InstitutionRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(institutions).where(inArray(institutions.id, ids));
}

export async function findInstitutionByCode(db: Db, code: string): Promise<InstitutionRow | undefined> {
  const [row] = await db.select().from(institutions).where(eq(institutions.code, code));
  return row;
}

export async function insertInstitution(db: Db, values: typeof institutions.$inferInsert): Promise<InstitutionRow> {
  const [row] = await db
    .insert(institutions)
    .values(values)
    .onConflictDoNothing({ target: institutions.code })
    .returning();
  if (!row) throw new InstitutionCodeTaken(values.code);
  return row;
}

export class InstitutionCodeTaken extends Error {
  constructor(readonly code: string) {
    super(`institution code ${code} is taken`);
  }
}

export type CertificationRecords = {
  accreditations: Map<string, AccreditationRow[]>;
  suspensions: Map<string, SuspensionRow[]>;
};

function groupBy<T extends { institutionId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.institutionId, [...(groups.get(row.institutionId) ?? []), row]);
  return groups;
}

/** Accreditations and suspensions of many institutions in two queries. */
export async function findCertificationRecords(db: Db, ids: string[]): Promise<CertificationRecords> {
  if (ids.length === 0) return { accreditations: new Map(), suspensions: new Map() };
  const [accreditations, suspensions] = await Promise.all([
    db
      .select()
      .from(institutionAccreditations)
      .where(inArray(institutionAccreditations.institutionId, ids))
      .orderBy(desc(institutionAccreditations.validFrom)),
    db
      .select()
      .from(institutionSuspensions)
      .where(inArray(institutionSuspensions.institutionId, ids))
      .orderBy(desc(institutionSuspensions.suspendedOn)),
  ]);
  return { accreditations: groupBy(accreditations), suspensions: groupBy(suspensions) };
}

export async function findHistory(db: Db, institutionId: string) {
  const parent = alias(institutions, 'parent');
  return db
    .select({
      validFrom: institutionHistory.validFrom,
      validUntil: institutionHistory.validUntil,
      name: institutionHistory.name,
      parentId: institutionHistory.parentId,
      parentName: parent.name,
      reason: institutionHistory.reason,
    })
    .from(institutionHistory)
    .leftJoin(parent, eq(parent.id, institutionHistory.parentId))
    .where(eq(institutionHistory.institutionId, institutionId))
    .orderBy(desc(institutionHistory.validFrom));
}

export async function findOpenHistory(db: Db, institutionId: string) {
  const [row] = await db
    .select()
    .from(institutionHistory)
    .where(and(eq(institutionHistory.institutionId, institutionId), isNull(institutionHistory.validUntil)));
  return row;
}

export async function closeHistory(db: Db, id: string, validUntil: string): Promise<void> {
  await db.update(institutionHistory).set({ validUntil }).where(eq(institutionHistory.id, id));
}

export async function insertHistory(db: Db, values: typeof institutionHistory.$inferInsert): Promise<void> {
  await db.insert(institutionHistory).values(values);
}

export async function findDesignations(db: Db, institutionId: string) {
  return db
    .select()
    .from(institutionDesignations)
    .where(eq(institutionDesignations.institutionId, institutionId))
    .orderBy(desc(institutionDesignations.decreeDate));
}

export async function insertDesignation(db: Db, values: typeof institutionDesignations.$inferInsert) {
  const [row] = await db.insert(institutionDesignations).values(values).returning();
  return row;
}

export async function insertAccreditation(db: Db, values: typeof institutionAccreditations.$inferInsert) {
  const [row] = await db.insert(institutionAccreditations).values(values).returning();
  return row;
}

export async function insertSuspension(db: Db, values: typeof institutionSuspensions.$inferInsert) {
  const [row] = await db.insert(institutionSuspensions).values(values).onConflictDoNothing().returning();
  return row;
}

export async function liftSuspension(db: Db, institutionId: string, liftedOn: string) {
  const [row] = await db
    .update(institutionSuspensions)
    .set({ liftedOn })
    .where(and(eq(institutionSuspensions.institutionId, institutionId), isNull(institutionSuspensions.liftedOn)))
    .returning();
  return row;
}

export async function findRequirements(db: Db, institutionId: string) {
  return db.select().from(institutionRequirements).where(eq(institutionRequirements.institutionId, institutionId));
}

export async function upsertRequirement(db: Db, values: typeof institutionRequirements.$inferInsert): Promise<void> {
  await db
    .insert(institutionRequirements)
    .values(values)
    .onConflictDoUpdate({
      target: [institutionRequirements.institutionId, institutionRequirements.requirement],
      set: {
        met: values.met,
        evidence: values.evidence ?? null,
        verifiedAt: new Date(),
        verifiedBy: values.verifiedBy ?? null,
      },
    });
}

/**
 * Employed staff of a profession holding a certificate of it that is still valid today, per institution: the
 * derived IPWL requirements "a certified social worker" and "an addiction counsellor".
 */
export async function countCertifiedStaff(
  db: Db,
  institutionIds: string[],
  today: string,
): Promise<Map<string, { socialWorkers: number; counsellors: number; staff: number }>> {
  const counts = new Map<string, { socialWorkers: number; counsellors: number; staff: number }>();
  if (institutionIds.length === 0) return counts;
  const certified = (type: 'pekerja_sosial' | 'konselor_adiksi') =>
    // Columns of the outer query are written qualified: inside the subquery an unqualified name would bind to `c`.
    sql<number>`count(*) FILTER (WHERE "staff"."role" = ${type} AND EXISTS (
      SELECT 1 FROM staff_certifications c WHERE c.staff_id = "staff"."id" AND c.type = ${type}
        AND c.issued_on <= ${today} AND (c.valid_until IS NULL OR c.valid_until >= ${today})))::int`;
  const rows = await db
    .select({
      institutionId: staff.institutionId,
      socialWorkers: certified('pekerja_sosial'),
      counsellors: certified('konselor_adiksi'),
      staff: sql<number>`count(*)::int`,
    })
    .from(staff)
    .where(
      and(
        inArray(staff.institutionId, institutionIds),
        sql`${staff.employedFrom} <= ${today} AND (${staff.employedUntil} IS NULL OR ${staff.employedUntil} >= ${today})`,
      ),
    )
    .groupBy(staff.institutionId);
  for (const row of rows) {
    counts.set(row.institutionId, { socialWorkers: row.socialWorkers, counsellors: row.counsellors, staff: row.staff });
  }
  return counts;
}

/** Partnerships with at least one side within scope. */
export async function findPartnerships(
  db: Db,
  scope: Scope,
  filter: { institutionId?: string | undefined; provinceCode?: string | undefined; activeOn?: string | undefined },
) {
  const conditions: SQL[] = [];
  const inScope = or(withinScope(scope, partnerships.unitId), withinScope(scope, partnerships.partnerId));
  if (inScope) conditions.push(inScope);
  if (filter.institutionId) {
    const either = or(eq(partnerships.unitId, filter.institutionId), eq(partnerships.partnerId, filter.institutionId));
    if (either) conditions.push(either);
  }
  if (filter.activeOn) {
    conditions.push(
      sql`${partnerships.validFrom} <= ${filter.activeOn} AND (${partnerships.validUntil} IS NULL OR ${partnerships.validUntil} >= ${filter.activeOn})`,
    );
  }
  if (filter.provinceCode) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM institutions i WHERE i.id = "partnerships"."partner_id" AND i.region_code LIKE ${`${filter.provinceCode}%`})`,
    );
  }
  return db
    .select()
    .from(partnerships)
    .where(and(...conditions))
    .orderBy(desc(partnerships.validFrom))
    .limit(5000);
}

export async function findPartnership(db: Db, scope: Scope, id: string): Promise<PartnershipRow | undefined> {
  const inScope = or(withinScope(scope, partnerships.unitId), withinScope(scope, partnerships.partnerId));
  const [row] = await db
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.id, id), inScope));
  return row;
}

/** Whether two institutions already have an agreement that overlaps [from, until]. */
export async function hasOverlappingPartnership(
  db: Db,
  unitId: string,
  partnerId: string,
  from: string,
  until: string | null,
): Promise<boolean> {
  const [row] = await db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(
      and(
        eq(partnerships.unitId, unitId),
        eq(partnerships.partnerId, partnerId),
        sql`(${partnerships.validUntil} IS NULL OR ${partnerships.validUntil} >= ${from})`,
        until === null ? undefined : sql`${partnerships.validFrom} <= ${until}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertPartnership(db: Db, values: typeof partnerships.$inferInsert): Promise<PartnershipRow> {
  const [row] = await db.insert(partnerships).values(values).returning();
  if (!row) throw new Error('partnership insert returned nothing');
  return row;
}

/** Ids of the institutions partnered (on the given day) with a Balai/Loka. */
export async function findPartnerIds(db: Db, unitId: string, today: string): Promise<string[]> {
  const rows = await db
    .select({ id: partnerships.partnerId })
    .from(partnerships)
    .where(
      and(
        eq(partnerships.unitId, unitId),
        sql`${partnerships.validFrom} <= ${today} AND (${partnerships.validUntil} IS NULL OR ${partnerships.validUntil} >= ${today})`,
      ),
    );
  return rows.map((row) => row.id);
}

export function isUnitType(type: InstitutionType): boolean {
  return type === 'balai' || type === 'loka';
}
