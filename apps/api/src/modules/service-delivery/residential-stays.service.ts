import type { AdmitInput, DischargeInput, Occupancy, ResidentialStay } from '@atensi/contracts';
import { daysBetween } from '@atensi/contracts';
import { and, asc, count, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { cases, caseWithinScope } from '../cases/index.js';
import { editScopeOf, institutions, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { interventionPlans, PLANNABLE_CASE_STATUSES } from '../plans/index.js';
import { type ResidentialStayRow, residentialStays } from './service-delivery.table.js';

/**
 * The day a stay ends for counting: its discharge, or the termination of its case when the discharge was never
 * recorded (a bed is not held by a case that is over). The end day itself is not a night in residence.
 */
export const stayEnd = sql<
  string | null
>`COALESCE(${residentialStays.dischargedOn}, (SELECT c.terminated_on FROM cases c WHERE c.id = ${residentialStays.caseId}))`;

export function presentStay(
  row: ResidentialStayRow,
  today: string,
  terminatedOn: string | null = null,
): ResidentialStay {
  const end = row.dischargedOn ?? terminatedOn ?? today;
  return {
    id: row.id,
    caseId: row.caseId,
    institutionId: row.institutionId,
    admittedOn: row.admittedOn,
    plannedDischargeOn: row.plannedDischargeOn,
    dischargedOn: row.dischargedOn,
    dischargeReason: row.dischargeReason,
    isOpen: row.dischargedOn === null,
    daysSoFar: Math.max(0, daysBetween(row.admittedOn, end) - 1),
    overCapacity: row.overCapacity,
    version: row.version,
  };
}

/** Beds in use at an institution on a day, against its residential capacity. */
export async function occupancyOf(db: Db, institutionId: string, day: string): Promise<Occupancy> {
  const [[institution], [occupied]] = await Promise.all([
    db
      .select({ capacity: institutions.capacityResidential })
      .from(institutions)
      .where(eq(institutions.id, institutionId)),
    db
      .select({ total: count() })
      .from(residentialStays)
      .where(
        and(
          eq(residentialStays.institutionId, institutionId),
          lte(residentialStays.admittedOn, day),
          or(sql`${stayEnd} IS NULL`, gt(stayEnd, day)),
        ),
      ),
  ]);
  const capacity = institution?.capacity ?? null;
  const used = occupied?.total ?? 0;
  return { institutionId, capacity, occupied: used, rate: capacity ? used / capacity : null };
}

/** The stays of a case, oldest first. */
export async function findStaysOfCase(db: Db, caseId: string): Promise<ResidentialStayRow[]> {
  return db
    .select()
    .from(residentialStays)
    .where(eq(residentialStays.caseId, caseId))
    .orderBy(asc(residentialStays.admittedOn));
}

/**
 * Admits a case to residence at its institution: the case runs with an active residential plan, has no open stay,
 * and the day is neither in the future nor before the case opened. A full house does not refuse the person; the
 * stay is marked as over capacity so that the manager sees it.
 */
export async function admitResidential(
  context: ClientDataContext,
  caller: Caller,
  caseId: string,
  input: AdmitInput,
): Promise<ResidentialStay> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(context.db, actor, today);
  return context.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), caseWithinScope(scope)))
      .for('update');
    if (!found) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), found.institutionId)) throw new AppError('forbidden');
    const [plan] = found.activePlanId
      ? await tx.select().from(interventionPlans).where(eq(interventionPlans.id, found.activePlanId))
      : [];
    if (!PLANNABLE_CASE_STATUSES.includes(found.status) || found.status === 'family_based_rehab' || !plan) {
      throw new AppError('conflict', 'stay.case_not_ready', {}, { reason: 'no_active_plan' });
    }
    if (plan.setting !== 'residential') {
      throw new AppError('conflict', 'stay.plan_not_residential', {}, { reason: 'plan_not_residential' });
    }
    if (input.admittedOn > today) throw invalidField('body.admittedOn', 'service.date_future');
    if (input.admittedOn < todayInJakarta(found.openedAt)) throw invalidField('body.admittedOn', 'service.before_case');
    const plannedDischargeOn =
      input.plannedDischargeOn ?? (plan.plannedEndOn > input.admittedOn ? plan.plannedEndOn : null);
    if (plannedDischargeOn && plannedDischargeOn <= input.admittedOn) {
      throw invalidField('body.plannedDischargeOn', 'period.invalid');
    }
    const [open] = await tx
      .select({ id: residentialStays.id })
      .from(residentialStays)
      .where(and(eq(residentialStays.caseId, caseId), isNull(residentialStays.dischargedOn)));
    if (open) throw new AppError('conflict', 'stay.already_open', {}, { reason: 'open_stay', stayId: open.id });
    const before = await occupancyOf(tx, found.institutionId, input.admittedOn);
    const [row] = await tx
      .insert(residentialStays)
      .values({
        id: uuidv7(),
        caseId,
        institutionId: found.institutionId,
        admittedOn: input.admittedOn,
        plannedDischargeOn,
        overCapacity: before.capacity !== null && before.occupied + 1 > before.capacity,
        admittedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', 'stay.already_open', {}, { reason: 'open_stay' });
    await recordAudit(tx, caller.audit, {
      action: 'stay.admit',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
      details: { stayId: row.id, overCapacity: row.overCapacity },
    });
    return presentStay(row, today);
  });
}

/** Records the discharge of a stay (If-Match): the day (not before admission, not in the future) and why. */
export async function dischargeResidential(
  context: ClientDataContext,
  caller: Caller,
  stayId: string,
  expected: number,
  input: DischargeInput,
): Promise<ResidentialStay> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(context.db, actor, today);
  return context.db.transaction(async (tx) => {
    const [current] = await tx.select().from(residentialStays).where(eq(residentialStays.id, stayId)).for('update');
    if (!current) throw new AppError('not_found');
    const [found] = await tx
      .select({ institutionId: cases.institutionId })
      .from(cases)
      .where(and(eq(cases.id, current.caseId), caseWithinScope(scope)));
    if (!found) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), current.institutionId)) throw new AppError('forbidden');
    if (current.dischargedOn !== null) throw new AppError('conflict', 'stay.already_discharged');
    if (input.dischargedOn > today) throw invalidField('body.dischargedOn', 'service.date_future');
    if (input.dischargedOn < current.admittedOn) throw invalidField('body.dischargedOn', 'period.invalid');
    const row = await updateVersioned(tx, residentialStays, eq(residentialStays.id, stayId), expected, {
      dischargedOn: input.dischargedOn,
      dischargeReason: input.reason,
      dischargedBy: actor.id,
      updatedAt: new Date(),
    });
    await recordAudit(tx, caller.audit, {
      action: 'stay.discharge',
      entityType: 'case',
      entityId: current.caseId,
      institutionId: current.institutionId,
      details: { stayId, reason: input.reason },
    });
    return presentStay(row, today);
  });
}
