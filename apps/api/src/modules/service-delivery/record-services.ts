import type { GoalProgress, ServiceLocation, SessionKind } from '@atensi/contracts';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import type { MessageKey } from '../../platform/http/messages.js';
import { recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { type CaseRow, cases, caseWithinScope, factsOfCase, recordCaseMove, transition } from '../cases/index.js';
import { scopeOf, todayInJakarta } from '../institutions/index.js';
import { planGoals, recordGoalProgress } from '../plans/index.js';
import { findCatalogueItems } from '../service-catalogue/index.js';
import { staff } from '../workforce/index.js';
import { serviceRecords, serviceSessions } from './service-delivery.table.js';

/** Where services may be given: a running case past planning, or in planning with its plan active. */
export const SERVICEABLE_STATUSES = ['planned', 'in_service', 'reintegration'] as const;

export function isServiceable(row: Pick<CaseRow, 'status' | 'activePlanId'>): boolean {
  return (SERVICEABLE_STATUSES as readonly string[]).includes(row.status) && row.activePlanId !== null;
}

export type PersonLine = {
  caseId: string;
  attended: boolean;
  quantity?: number | undefined;
  goalId?: string | undefined;
  goalProgress?: GoalProgress | undefined;
  note?: string | undefined;
};

export type SessionDraft = {
  kind: SessionKind;
  heldOn: string;
  catalogueItemId: string;
  durationMinutes?: number | undefined;
  staffId?: string | undefined;
  location: ServiceLocation;
  topic?: string | undefined;
  note?: string | undefined;
  people: PersonLine[];
  /** Where the request put each field, for messages at the right place: `body.attendees.2.caseId`. */
  pathOf: (field: string, person?: number) => string;
};

export const SERVICE_FIELD = { sessionNote: 'service_sessions.note', recordNote: 'service_records.note' } as const;

type Problem = { path: string; messageKey: MessageKey; params?: Record<string, unknown> };

function problemsError(problems: Problem[]): AppError {
  return new AppError('invalid', 'request.invalid_fields', { count: problems.length }, problems);
}

/** The staff member who gave the services: the one named, or the caller's own staff record. */
async function resolveStaff(tx: Db, actor: Actor, institutionId: string, today: string, staffId?: string) {
  const employedHere = and(
    eq(staff.institutionId, institutionId),
    or(isNull(staff.employedUntil), sql`${staff.employedUntil} >= ${today}`),
  );
  const [row] = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(and(employedHere, staffId ? eq(staff.id, staffId) : eq(staff.userId, actor.id)))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Records sessions of services (individual, group, or a day sheet of several) in the caller's transaction: every
 * person must be a serviceable case of the caller's institution, goals must belong to the case's active plan, the
 * day may not be in the future nor before the case opened. The first service of a case in planning starts its
 * service delivery. Every problem is reported at once, at its field; nothing is written unless all are right.
 */
export async function recordSessions(
  context: ClientDataContext,
  tx: Db,
  caller: Caller,
  drafts: SessionDraft[],
): Promise<string[]> {
  const { actor } = caller;
  const institutionId = actor.institutionId;
  if (!institutionId) throw new AppError('forbidden');
  const now = context.registry.clock();
  const today = todayInJakarta(now);
  const scope = await scopeOf(tx, actor, today);
  const problems: Problem[] = [];
  const caseIds = [...new Set(drafts.flatMap((draft) => draft.people.map((person) => person.caseId)))];
  const found = new Map(
    (
      await tx
        .select()
        .from(cases)
        .where(and(inArray(cases.id, caseIds), caseWithinScope(scope)))
        .orderBy(cases.id)
        .for('update')
    ).map((row) => [row.id, row]),
  );
  const goalRows =
    caseIds.length === 0
      ? []
      : await tx
          .select({ id: planGoals.id, planId: planGoals.planId })
          .from(planGoals)
          .where(
            inArray(
              planGoals.planId,
              [...found.values()].map((row) => row.activePlanId).filter((id): id is string => id !== null),
            ),
          );
  const items = await findCatalogueItems(
    tx,
    drafts.map((draft) => draft.catalogueItemId),
  );
  const staffIds = new Map<string | undefined, string | null>();
  for (const draft of drafts) {
    if (!staffIds.has(draft.staffId)) {
      staffIds.set(draft.staffId, await resolveStaff(tx, actor, institutionId, today, draft.staffId));
    }
  }
  for (const draft of drafts) {
    const item = items.get(draft.catalogueItemId);
    if (!item?.isActive)
      problems.push({ path: draft.pathOf('catalogueItemId'), messageKey: 'plan.catalogue_item_unknown' });
    if (item?.unit === 'session' && draft.durationMinutes === undefined) {
      problems.push({ path: draft.pathOf('durationMinutes'), messageKey: 'service.duration_required' });
    }
    if (draft.heldOn > today) problems.push({ path: draft.pathOf('heldOn'), messageKey: 'service.date_future' });
    if (!staffIds.get(draft.staffId)) {
      problems.push({
        path: draft.pathOf('staffId'),
        messageKey: draft.staffId ? 'plan.staff_unknown' : 'service.staff_required',
      });
    }
    const seen = new Set<string>();
    draft.people.forEach((person, index) => {
      const row = found.get(person.caseId);
      if (!row || row.institutionId !== institutionId) {
        problems.push({ path: draft.pathOf('caseId', index), messageKey: 'service.case_not_here' });
        return;
      }
      if (seen.has(person.caseId)) {
        problems.push({ path: draft.pathOf('caseId', index), messageKey: 'service.case_twice' });
      }
      seen.add(person.caseId);
      if (!isServiceable(row)) {
        problems.push({ path: draft.pathOf('caseId', index), messageKey: 'service.case_not_in_service' });
      }
      if (draft.heldOn < todayInJakarta(row.openedAt)) {
        problems.push({ path: draft.pathOf('heldOn'), messageKey: 'service.before_case' });
      }
      if (item?.unit === 'amount' && person.quantity === undefined) {
        problems.push({ path: draft.pathOf('quantity', index), messageKey: 'service.quantity_required' });
      }
      if (person.goalProgress && !person.goalId) {
        problems.push({ path: draft.pathOf('goalId', index), messageKey: 'service.goal_required' });
      }
      if (person.goalId && !goalRows.some((goal) => goal.id === person.goalId && goal.planId === row.activePlanId)) {
        problems.push({ path: draft.pathOf('goalId', index), messageKey: 'service.goal_not_in_plan' });
      }
    });
  }
  if (problems.length > 0) throw problemsError(problems);

  const sessionIds: string[] = [];
  const started = new Set<string>();
  for (const draft of drafts) {
    const item = items.get(draft.catalogueItemId);
    const staffId = staffIds.get(draft.staffId);
    if (!item || !staffId) continue;
    const sessionId = uuidv7();
    await tx.insert(serviceSessions).values({
      id: sessionId,
      institutionId,
      kind: draft.kind,
      catalogueItemId: item.id,
      component: item.component,
      heldOn: draft.heldOn,
      durationMinutes: draft.durationMinutes ?? null,
      staffId,
      location: draft.location,
      topic: draft.topic ?? null,
      noteCipher: context.cipher.seal(SERVICE_FIELD.sessionNote, draft.note),
      recordedBy: actor.id,
      recordedAt: now,
    });
    await tx.insert(serviceRecords).values(
      draft.people.map((person) => ({
        id: uuidv7(),
        sessionId,
        caseId: person.caseId,
        institutionId,
        catalogueItemId: item.id,
        component: item.component,
        heldOn: draft.heldOn,
        attended: person.attended,
        // Someone absent received nothing.
        quantity: person.attended ? (person.quantity ?? 1) : 0,
        goalId: person.goalId ?? null,
        goalProgress: person.attended ? (person.goalProgress ?? null) : null,
        noteCipher: context.cipher.seal(SERVICE_FIELD.recordNote, person.note),
      })),
    );
    for (const person of draft.people) {
      if (person.attended && person.goalId && person.goalProgress) {
        await recordGoalProgress(tx, person.goalId, person.goalProgress, draft.heldOn);
      }
      const row = found.get(person.caseId);
      if (row?.status === 'planned' && person.attended && !started.has(row.id)) {
        // The first service given starts the delivery: the plan is active, the state machine agrees.
        const next = transition(factsOfCase(row), { action: 'start_service' });
        if (next.ok) {
          await recordCaseMove(tx, row, next.to, {
            action: 'start_service',
            reason: 'first_service',
            on: today,
            actorId: actor.id,
          });
          started.add(row.id);
        }
      }
    }
    await recordAudit(tx, caller.audit, {
      action: 'service.record',
      entityType: 'service_session',
      entityId: sessionId,
      institutionId,
      details: {
        kind: draft.kind,
        component: item.component,
        caseIds: draft.people.map((person) => person.caseId),
        attended: draft.people.filter((person) => person.attended).length,
      },
    });
    sessionIds.push(sessionId);
  }
  return sessionIds;
}
