import { addMonthsTo, MAX_PLAN_MONTHS, type PlanInput } from '@atensi/contracts';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import type { MessageKey } from '../../platform/http/messages.js';
import { addDays, todayInJakarta } from '../institutions/index.js';
import { findCatalogueItems } from '../service-catalogue/index.js';
import { staff } from '../workforce/index.js';
import { sealGoalText } from './plans.present.js';
import { planGoals as goalsTable, type planGoals, type planServices } from './plans.table.js';

type Problem = { path: string; messageKey: MessageKey; params?: Record<string, unknown> };

/** How far ahead a plan may start: it is written for the coming weeks, not for next year. */
const MAX_START_AHEAD_DAYS = 90;

/**
 * Checks a plan as a whole against the case and the registry: its period, its goals' target dates and keys, and
 * each planned service's goal, catalogue item (offered) and responsible worker (employed at the case's
 * institution). Every problem is reported at once, each at its field.
 */
export async function checkPlanInput(
  db: Db,
  input: PlanInput,
  context: { caseId: string; institutionId: string; openedOn: string; now: Date },
): Promise<void> {
  const problems: Problem[] = [];
  const today = todayInJakarta(context.now);
  if (input.plannedEndOn <= input.startOn) problems.push({ path: 'body.plannedEndOn', messageKey: 'period.invalid' });
  else if (input.plannedEndOn > addMonthsTo(input.startOn, MAX_PLAN_MONTHS)) {
    problems.push({ path: 'body.plannedEndOn', messageKey: 'plan.too_long', params: { months: MAX_PLAN_MONTHS } });
  }
  if (input.startOn < context.openedOn) {
    problems.push({ path: 'body.startOn', messageKey: 'plan.start_before_case', params: { date: context.openedOn } });
  }
  if (input.startOn > addDays(today, MAX_START_AHEAD_DAYS)) {
    problems.push({ path: 'body.startOn', messageKey: 'plan.start_too_far', params: { days: MAX_START_AHEAD_DAYS } });
  }
  const keys = input.goals.map((goal) => goal.key).filter((key): key is string => key !== undefined);
  const known =
    keys.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db
              .select({ key: goalsTable.key })
              .from(goalsTable)
              .where(
                and(
                  inArray(goalsTable.key, keys),
                  sql`${goalsTable.planId} IN (SELECT id FROM intervention_plans WHERE case_id = ${context.caseId})`,
                ),
              )
          ).map((row) => row.key),
        );
  input.goals.forEach((goal, index) => {
    if (goal.targetDate && (goal.targetDate < input.startOn || goal.targetDate > input.plannedEndOn)) {
      problems.push({ path: `body.goals.${index}.targetDate`, messageKey: 'plan.target_date_outside' });
    }
    if (goal.key && (!known.has(goal.key) || keys.indexOf(goal.key) !== keys.lastIndexOf(goal.key))) {
      problems.push({ path: `body.goals.${index}.key`, messageKey: 'plan.goal_key_unknown' });
    }
  });
  const items = await findCatalogueItems(
    db,
    input.services.map((service) => service.catalogueItemId),
  );
  const staffIds = [
    ...new Set(input.services.map((service) => service.responsibleStaffId).filter((id): id is string => !!id)),
  ];
  const employed = new Set(
    staffIds.length === 0
      ? []
      : (
          await db
            .select({ id: staff.id })
            .from(staff)
            .where(
              and(
                inArray(staff.id, staffIds),
                eq(staff.institutionId, context.institutionId),
                or(isNull(staff.employedUntil), sql`${staff.employedUntil} >= ${today}`),
              ),
            )
        ).map((row) => row.id),
  );
  input.services.forEach((service, index) => {
    if (service.goal !== undefined && service.goal >= input.goals.length) {
      problems.push({ path: `body.services.${index}.goal`, messageKey: 'plan.goal_index' });
    }
    const item = items.get(service.catalogueItemId);
    if (!item?.isActive) {
      problems.push({ path: `body.services.${index}.catalogueItemId`, messageKey: 'plan.catalogue_item_unknown' });
    }
    if (service.responsibleStaffId && !employed.has(service.responsibleStaffId)) {
      problems.push({ path: `body.services.${index}.responsibleStaffId`, messageKey: 'plan.staff_unknown' });
    }
  });
  if (problems.length > 0) {
    throw new AppError('invalid', 'request.invalid_fields', { count: problems.length }, problems);
  }
}

/** The rows of a revision's goals and services, from the input (goal keys kept, new goals get a new key). */
export function contentRows(
  cipher: FieldCipher,
  planId: string,
  input: PlanInput,
): { goals: (typeof planGoals.$inferInsert)[]; services: (typeof planServices.$inferInsert)[] } {
  const goals = input.goals.map((goal, position) => ({
    id: uuidv7(),
    planId,
    key: goal.key ?? uuidv7(),
    position,
    component: goal.component,
    textCipher: sealGoalText(cipher, { description: goal.description, target: goal.target }),
    targetDate: goal.targetDate ?? null,
  }));
  const services = input.services.map((service, position) => ({
    id: uuidv7(),
    planId,
    position,
    goalId: service.goal !== undefined ? (goals[service.goal]?.id ?? null) : null,
    catalogueItemId: service.catalogueItemId,
    frequencyCount: service.frequency.count,
    frequencyPeriod: service.frequency.period,
    quantity: service.quantity ?? 1,
    responsibleStaffId: service.responsibleStaffId ?? null,
  }));
  return { goals, services };
}
