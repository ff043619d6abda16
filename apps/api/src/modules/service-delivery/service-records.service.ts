import type {
  DaySheetInput,
  GroupSessionInput,
  IndividualServiceInput,
  ServiceableCaseList,
  ServiceSession,
  ServiceSessionList,
} from '@atensi/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext } from '../beneficiaries/index.js';
import { cases } from '../cases/index.js';
import { editScopeOf, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { interventionPlans, openGoalText, planGoals } from '../plans/index.js';
import { recordSessions, SERVICEABLE_STATUSES } from './record-services.js';
import { readServiceSession } from './service-records.read.js';

async function sessionsOf(context: ClientDataContext, caller: Caller, ids: string[]): Promise<ServiceSessionList> {
  const items: ServiceSession[] = [];
  for (const id of ids) items.push(await readServiceSession(context, caller.actor, id, caller.audit));
  return { items };
}

async function writableCase(context: ClientDataContext, actor: Actor, caseId: string): Promise<void> {
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  const [found] = await context.db
    .select({ institutionId: cases.institutionId })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!found || !isWithinScope(scope, found.institutionId)) throw new AppError('not_found');
  if (!isWithinScope(editScopeOf(actor), found.institutionId)) throw new AppError('forbidden');
}

/** Records one individual service for a case (one transaction). */
export async function recordIndividualService(
  context: ClientDataContext,
  caller: Caller,
  caseId: string,
  input: IndividualServiceInput,
): Promise<ServiceSession> {
  authorize(caller.actor, 'beneficiaries:write');
  await writableCase(context, caller.actor, caseId);
  const [id] = await context.db.transaction((tx) =>
    recordSessions(context, tx, caller, [
      {
        kind: 'individual',
        heldOn: input.heldOn,
        catalogueItemId: input.catalogueItemId,
        durationMinutes: input.durationMinutes,
        staffId: input.staffId,
        location: input.location,
        people: [
          {
            caseId,
            attended: true,
            quantity: input.quantity,
            goalId: input.goalId,
            goalProgress: input.goalProgress,
            note: input.note,
          },
        ],
        pathOf: (field) => (field === 'caseId' ? 'params.id' : `body.${field}`),
      },
    ]),
  );
  if (!id) throw new Error('no session recorded');
  return readServiceSession(context, caller.actor, id, caller.audit);
}

/** Records a group session: one session, many people, attendance marked (one transaction). */
export async function recordGroupSession(
  context: ClientDataContext,
  caller: Caller,
  input: GroupSessionInput,
): Promise<ServiceSession> {
  authorize(caller.actor, 'beneficiaries:write');
  const [id] = await context.db.transaction((tx) =>
    recordSessions(context, tx, caller, [
      {
        kind: 'group',
        heldOn: input.heldOn,
        catalogueItemId: input.catalogueItemId,
        durationMinutes: input.durationMinutes,
        staffId: input.staffId,
        location: input.location,
        topic: input.topic,
        note: input.note,
        people: input.attendees,
        pathOf: (field, person) =>
          person === undefined || !['caseId', 'goalId', 'quantity'].includes(field)
            ? `body.${field}`
            : `body.attendees.${person}.${field}`,
      },
    ]),
  );
  if (!id) throw new Error('no session recorded');
  return readServiceSession(context, caller.actor, id, caller.audit);
}

/** A worker's day sheet: several individual services of one day, all recorded in one transaction or none. */
export async function recordDaySheet(
  context: ClientDataContext,
  caller: Caller,
  input: DaySheetInput,
): Promise<ServiceSessionList> {
  authorize(caller.actor, 'beneficiaries:write');
  const ids = await context.db.transaction((tx) =>
    recordSessions(
      context,
      tx,
      caller,
      input.entries.map((entry, index) => ({
        kind: 'individual' as const,
        heldOn: input.heldOn,
        catalogueItemId: entry.catalogueItemId,
        durationMinutes: entry.durationMinutes,
        staffId: input.staffId,
        location: entry.location,
        people: [
          {
            caseId: entry.caseId,
            attended: true,
            quantity: entry.quantity,
            goalId: entry.goalId,
            goalProgress: entry.goalProgress,
            note: entry.note,
          },
        ],
        pathOf: (field: string) =>
          field === 'heldOn' || field === 'staffId' ? `body.${field}` : `body.entries.${index}.${field}`,
      })),
    ),
  );
  return sessionsOf(context, caller, ids);
}

/**
 * The cases of the caller's institution that may receive services now, the caller's own first, with the goals of
 * their active plan (audited: it names people).
 */
export async function listServiceableCases(
  context: ClientDataContext,
  actor: Actor,
  audit: AuditContext,
): Promise<ServiceableCaseList> {
  authorize(actor, 'beneficiaries:write');
  const institutionId = actor.institutionId;
  if (!institutionId) return { items: [] };
  return context.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        caseId: cases.id,
        status: cases.status,
        assignedWorkerId: cases.assignedWorkerId,
        beneficiaryName: beneficiaries.fullName,
        planId: interventionPlans.id,
        setting: interventionPlans.setting,
      })
      .from(cases)
      .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
      .innerJoin(interventionPlans, eq(interventionPlans.id, cases.activePlanId))
      .where(and(eq(cases.institutionId, institutionId), inArray(cases.status, [...SERVICEABLE_STATUSES])))
      .orderBy(asc(beneficiaries.fullName))
      .limit(1000);
    const goals =
      rows.length === 0
        ? []
        : await tx
            .select()
            .from(planGoals)
            .where(
              inArray(
                planGoals.planId,
                rows.map((row) => row.planId),
              ),
            )
            .orderBy(asc(planGoals.position));
    await recordAudit(tx, audit, {
      action: 'service.cases_list',
      entityType: 'case',
      institutionId,
      details: { count: rows.length },
    });
    const items = rows.map((row) => ({
      caseId: row.caseId,
      beneficiaryName: row.beneficiaryName,
      status: row.status,
      setting: row.setting,
      assignedToMe: row.assignedWorkerId === actor.id,
      goals: goals
        .filter((goal) => goal.planId === row.planId)
        .map((goal) => ({
          id: goal.id,
          component: goal.component,
          description: openGoalText(context.cipher, goal.textCipher).description,
          progress: goal.progress,
        })),
    }));
    items.sort((a, b) => Number(b.assignedToMe) - Number(a.assignedToMe));
    return { items };
  });
}
