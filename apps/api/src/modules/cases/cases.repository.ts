import type { CaseListQuery } from '@atensi/contracts';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { beneficiaries } from '../beneficiaries/index.js';
import type { Scope } from '../institutions/index.js';
import { ACTIVE_STATUSES } from './case-status.js';
import { caseWithinScope } from './cases.scope.js';
import { type CaseRow, caseEvents, cases, reportCardCounters } from './cases.table.js';

export async function findCase(db: Db, scope: Scope, id: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), caseWithinScope(scope)));
  return row;
}

export async function lockCase(db: Db, scope: Scope, id: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), caseWithinScope(scope)))
    .for('update');
  return row;
}

export async function findActiveCase(db: Db, beneficiaryId: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.beneficiaryId, beneficiaryId), inArray(cases.status, [...ACTIVE_STATUSES])));
  return row;
}

/** The person's most recent earlier episode: a new case after it is linked to it (a relapse). */
export async function findLastCase(db: Db, beneficiaryId: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(eq(cases.beneficiaryId, beneficiaryId))
    .orderBy(desc(cases.openedAt))
    .limit(1);
  return row;
}

export async function insertCase(db: Db, values: typeof cases.$inferInsert): Promise<CaseRow | undefined> {
  const [row] = await db.insert(cases).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertCaseEvent(db: Db, values: typeof caseEvents.$inferInsert): Promise<void> {
  await db.insert(caseEvents).values(values);
}

/** Several events of one step, in one statement (their order is kept by their time-ordered keys). */
export async function insertCaseEvents(db: Db, rows: (typeof caseEvents.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(caseEvents).values(rows);
}

export async function findCaseEvents(db: Db, caseId: string) {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.recordedAt), asc(caseEvents.id));
}

/** The next kartu lapor diri number of an institution for a year (a counter row, locked by the upsert). */
export async function nextReportCardNumber(db: Db, institutionId: string, year: number): Promise<number> {
  const [row] = await db
    .insert(reportCardCounters)
    .values({ institutionId, year, last: 1 })
    .onConflictDoUpdate({
      target: [reportCardCounters.institutionId, reportCardCounters.year],
      set: { last: sql`${reportCardCounters.last} + 1` },
    })
    .returning({ last: reportCardCounters.last });
  return row?.last ?? 1;
}

export async function listCases(db: Db, scope: Scope, query: CaseListQuery, workerId: string) {
  const where = and(
    caseWithinScope(scope),
    query.mine === 'true' ? eq(cases.assignedWorkerId, workerId) : undefined,
    query.status ? eq(cases.status, query.status) : undefined,
    query.beneficiaryId ? eq(cases.beneficiaryId, query.beneficiaryId) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: cases.id,
        beneficiaryId: cases.beneficiaryId,
        beneficiaryName: beneficiaries.fullName,
        institutionId: cases.institutionId,
        status: cases.status,
        assignedWorkerId: cases.assignedWorkerId,
        openedAt: cases.openedAt,
        updatedAt: cases.updatedAt,
      })
      .from(cases)
      .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
      .where(where)
      .orderBy(desc(cases.updatedAt), desc(cases.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(cases).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** An event on a case that does not change its status (a referral sent, a transfer received). */
export async function recordCaseEvent(
  db: Db,
  current: Pick<CaseRow, 'id' | 'status'>,
  event: { action: string; reason: string | null; on: string; actorId: string },
): Promise<void> {
  await db.insert(caseEvents).values({
    id: uuidv7(),
    caseId: current.id,
    action: event.action,
    fromStatus: current.status,
    toStatus: current.status,
    reason: event.reason,
    occurredOn: event.on,
    actorId: event.actorId,
  });
}

/** A move of the case made by another module's use case (planning started by a plan), with its event. */
export async function recordCaseMove(
  db: Db,
  current: Pick<CaseRow, 'id' | 'status'>,
  to: CaseRow['status'],
  event: { action: string; reason: string | null; on: string; actorId: string },
): Promise<void> {
  await db
    .update(cases)
    .set({ status: to, updatedAt: new Date(), version: sql`${cases.version} + 1` })
    .where(eq(cases.id, current.id));
  await db.insert(caseEvents).values({
    id: uuidv7(),
    caseId: current.id,
    action: event.action,
    fromStatus: current.status,
    toStatus: to,
    reason: event.reason,
    occurredOn: event.on,
    actorId: event.actorId,
  });
}
