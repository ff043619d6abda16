import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { ACTIVE_STATUSES, cases } from '../cases/index.js';
import { users } from '../users/index.js';
import { staff } from '../workforce/index.js';

export type WorkerCaseCount = { workerId: string | null; active: number; aftercare: number };

/** Running and aftercare cases of one institution, counted per assigned worker (null: nobody assigned). */
export async function countCasesPerWorker(db: Db, institutionId: string): Promise<WorkerCaseCount[]> {
  return db
    .select({
      workerId: cases.assignedWorkerId,
      active: sql<number>`count(*) FILTER (WHERE ${inArray(cases.status, [...ACTIVE_STATUSES])})`.mapWith(Number),
      aftercare: sql<number>`count(*) FILTER (WHERE ${cases.status} = 'aftercare')`.mapWith(Number),
    })
    .from(cases)
    .where(and(eq(cases.institutionId, institutionId), inArray(cases.status, [...ACTIVE_STATUSES, 'aftercare'])))
    .groupBy(cases.assignedWorkerId);
}

/** The institution's staff employed on `today`. */
export async function findEmployedStaffOf(db: Db, institutionId: string, today: string) {
  return db
    .select({ id: staff.id, fullName: staff.fullName, role: staff.role, userId: staff.userId })
    .from(staff)
    .where(
      and(
        eq(staff.institutionId, institutionId),
        sql`${staff.employedFrom} <= ${today}`,
        or(isNull(staff.employedUntil), sql`${staff.employedUntil} >= ${today}`),
      ),
    );
}

export async function findUserNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
