import type { StaffListQuery } from '@atensi/contracts';
import { and, asc, eq, ilike, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/db/like.js';
import { type Scope, withinScope } from '../institutions/index.js';
import { type StaffCertificationRow, type StaffRow, staff, staffCertifications } from './workforce.table.js';

/** Staff within scope, filtered in SQL; the certification filter is applied by the service on derived statuses. */
export async function findStaff(
  db: Db,
  scope: Scope,
  query: Pick<StaffListQuery, 'institutionId' | 'role' | 'q' | 'includeFormer'>,
  today: string,
): Promise<StaffRow[]> {
  const conditions: SQL[] = [withinScope(scope, staff.institutionId)];
  if (query.institutionId) conditions.push(eq(staff.institutionId, query.institutionId));
  if (query.role) conditions.push(eq(staff.role, query.role));
  if (query.q) conditions.push(ilike(staff.fullName, `%${escapeLike(query.q)}%`));
  if (query.includeFormer !== 'true')
    conditions.push(sql`(${staff.employedUntil} IS NULL OR ${staff.employedUntil} >= ${today})`);
  return db
    .select()
    .from(staff)
    .where(and(...conditions))
    .orderBy(asc(staff.fullName), asc(staff.id))
    .limit(20_000);
}

export async function findStaffMember(db: Db, scope: Scope, id: string): Promise<StaffRow | undefined> {
  const [row] = await db
    .select()
    .from(staff)
    .where(and(withinScope(scope, staff.institutionId), eq(staff.id, id)));
  return row;
}

export async function lockStaffMember(db: Db, scope: Scope, id: string): Promise<StaffRow | undefined> {
  const [row] = await db
    .select()
    .from(staff)
    .where(and(withinScope(scope, staff.institutionId), eq(staff.id, id)))
    .for('update');
  return row;
}

export async function findCertificationsOf(db: Db, staffIds: string[]): Promise<Map<string, StaffCertificationRow[]>> {
  const groups = new Map<string, StaffCertificationRow[]>();
  if (staffIds.length === 0) return groups;
  const rows = await db
    .select()
    .from(staffCertifications)
    .where(inArray(staffCertifications.staffId, staffIds))
    .orderBy(asc(staffCertifications.issuedOn));
  for (const row of rows) groups.set(row.staffId, [...(groups.get(row.staffId) ?? []), row]);
  return groups;
}

export async function insertStaff(db: Db, values: typeof staff.$inferInsert): Promise<StaffRow> {
  const [row] = await db.insert(staff).values(values).returning();
  if (!row) throw new Error('staff insert returned nothing');
  return row;
}

/** Another currently employed staff member with this NIK, or linked to this user account. */
export async function findStaffClash(
  db: Db,
  values: { nik?: string | null | undefined; userId?: string | null | undefined },
  exceptId: string | null,
  today: string,
): Promise<{ nik: boolean; user: boolean }> {
  const clashes: SQL[] = [];
  if (values.nik) {
    clashes.push(
      sql`(${staff.nik} = ${values.nik} AND (${staff.employedUntil} IS NULL OR ${staff.employedUntil} >= ${today}))`,
    );
  }
  if (values.userId) clashes.push(eq(staff.userId, values.userId));
  if (clashes.length === 0) return { nik: false, user: false };
  const rows = await db
    .select({ nik: staff.nik, userId: staff.userId })
    .from(staff)
    .where(and(or(...clashes), exceptId ? ne(staff.id, exceptId) : undefined));
  return {
    nik: Boolean(values.nik) && rows.some((row) => row.nik === values.nik),
    user: Boolean(values.userId) && rows.some((row) => row.userId === values.userId),
  };
}

export async function insertCertification(
  db: Db,
  values: typeof staffCertifications.$inferInsert,
): Promise<StaffCertificationRow> {
  const [row] = await db.insert(staffCertifications).values(values).returning();
  if (!row) throw new Error('certification insert returned nothing');
  return row;
}

export async function deleteCertification(db: Db, staffId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(staffCertifications)
    .where(and(eq(staffCertifications.staffId, staffId), eq(staffCertifications.id, id)))
    .returning({ id: staffCertifications.id });
  return rows.length > 0;
}

/** Employed staff of every institution, with their certifications (the alerts job reads the whole registry). */
export async function findEmployedStaff(db: Db, today: string): Promise<StaffRow[]> {
  return db
    .select()
    .from(staff)
    .where(
      and(
        sql`${staff.employedFrom} <= ${today}`,
        or(isNull(staff.employedUntil), sql`${staff.employedUntil} >= ${today}`),
      ),
    );
}
