import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { type CaseRow, cases, caseWithinScope } from '../cases/index.js';
import type { Scope } from '../institutions/index.js';
import { screenings } from '../screening/index.js';
import { OPEN_PLAN_STATUSES } from './plan-rules.js';
import { interventionPlans, type PlanRow, planEvents, planGoals, planServices } from './plans.table.js';

/** A case within scope, locked for a write when asked. */
export async function findScopedCase(
  db: Db,
  scope: Scope,
  caseId: string,
  lock: boolean,
): Promise<CaseRow | undefined> {
  const query = db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), caseWithinScope(scope)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** A plan revision whose case is within scope; locked (with its case) for a write when asked. */
export async function findScopedPlan(
  db: Db,
  scope: Scope,
  planId: string,
  lock: boolean,
): Promise<{ plan: PlanRow; case: CaseRow } | undefined> {
  const [plan] = await db.select().from(interventionPlans).where(eq(interventionPlans.id, planId));
  if (!plan) return undefined;
  const found = await findScopedCase(db, scope, plan.caseId, lock);
  if (!found) return undefined;
  if (!lock) return { plan, case: found };
  const [locked] = await db.select().from(interventionPlans).where(eq(interventionPlans.id, planId)).for('update');
  return locked ? { plan: locked, case: found } : undefined;
}

export async function findPlansOfCase(db: Db, caseId: string): Promise<PlanRow[]> {
  return db
    .select()
    .from(interventionPlans)
    .where(eq(interventionPlans.caseId, caseId))
    .orderBy(desc(interventionPlans.revision));
}

export async function findOpenPlan(db: Db, caseId: string): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(interventionPlans)
    .where(and(eq(interventionPlans.caseId, caseId), inArray(interventionPlans.status, [...OPEN_PLAN_STATUSES])));
  return row;
}

export async function findActivePlanRow(db: Db, caseId: string): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(interventionPlans)
    .where(and(eq(interventionPlans.caseId, caseId), eq(interventionPlans.status, 'active')));
  return row;
}

/** The route of the case's latest screening (`further_assessment` for moderate or high risk). */
export async function findLatestNextStep(db: Db, caseId: string) {
  const [row] = await db
    .select({ nextStep: screenings.nextStep })
    .from(screenings)
    .where(eq(screenings.caseId, caseId))
    .orderBy(desc(screenings.screenedAt))
    .limit(1);
  return row?.nextStep ?? null;
}

export async function findGoals(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planGoals)
    .where(inArray(planGoals.planId, [...planIds]))
    .orderBy(asc(planGoals.position));
}

export async function findServices(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planServices)
    .where(inArray(planServices.planId, [...planIds]))
    .orderBy(asc(planServices.position));
}

export async function findEvents(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planEvents)
    .where(inArray(planEvents.planId, [...planIds]))
    .orderBy(asc(planEvents.occurredAt), asc(planEvents.id));
}

export async function insertPlanEvent(
  db: Db,
  values: {
    planId: string;
    action: (typeof planEvents.$inferInsert)['action'];
    commentCipher?: string | null;
    actorId: string;
  },
): Promise<void> {
  await db.insert(planEvents).values({ id: uuidv7(), ...values });
}

/** Replaces the goals and services of a revision being written (they have no records pointing at them yet). */
export async function replaceContent(
  db: Db,
  planId: string,
  goals: (typeof planGoals.$inferInsert)[],
  services: (typeof planServices.$inferInsert)[],
): Promise<void> {
  await db.delete(planServices).where(eq(planServices.planId, planId));
  await db.delete(planGoals).where(eq(planGoals.planId, planId));
  if (goals.length > 0) await db.insert(planGoals).values(goals);
  if (services.length > 0) await db.insert(planServices).values(services);
}
