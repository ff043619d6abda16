import type { Plan, PlanInput, PlanList } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { type CaseRow, factsOfCase, recordCaseMove, transition } from '../cases/index.js';
import { editScopeOf, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { checkPlanInput, contentRows } from './plan-input.js';
import { approvalRequired, OPEN_PLAN_STATUSES, PLANNABLE_CASE_STATUSES, refusalOf } from './plan-rules.js';
import { PLAN_FIELD, presentPlans, viewerOf } from './plans.present.js';
import {
  findLatestNextStep,
  findOpenPlan,
  findPlansOfCase,
  findScopedCase,
  findScopedPlan,
  insertPlanEvent,
  replaceContent,
} from './plans.repository.js';
import { interventionPlans, type PlanRow } from './plans.table.js';

/** One revision, presented with its siblings known (for `revise`). */
export async function presentOne(context: ClientDataContext, tx: Db, actor: Actor, found: CaseRow, row: PlanRow) {
  const siblings = await findPlansOfCase(tx, found.id);
  const [plan] = await presentPlans(tx, context.cipher, actor, found, [row], siblings);
  if (!plan) throw new Error('plan presentation failed');
  return plan;
}

/** The refusal of a plan action as the caller sees it: someone else's decision is 403, a wrong moment is 409. */
export function refuse(refusal: string, status: string): AppError {
  const code = refusal === 'plan.own_plan' ? 'forbidden' : 'conflict';
  return new AppError(code, refusal as 'plan.own_plan', { status }, { refusal, status });
}

function openedOn(found: CaseRow): string {
  return todayInJakarta(found.openedAt);
}

/** Every revision of a case's plan, newest first (audited as a read of the case). */
export async function readCasePlans(
  context: ClientDataContext,
  actor: Actor,
  caseId: string,
  audit: AuditContext,
): Promise<PlanList> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const found = await findScopedCase(tx, scope, caseId, false);
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'plan.read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    const rows = await findPlansOfCase(tx, caseId);
    const viewer = viewerOf(actor, found);
    const hasOpen = rows.some((row) => OPEN_PLAN_STATUSES.includes(row.status));
    return {
      items: await presentPlans(tx, context.cipher, actor, found, rows),
      canCreate:
        viewer.canWrite &&
        !hasOpen &&
        !rows.some((row) => row.status === 'active') &&
        PLANNABLE_CASE_STATUSES.includes(found.status),
    };
  });
}

/** One revision (audited). */
export async function readPlan(
  context: ClientDataContext,
  actor: Actor,
  planId: string,
  audit: AuditContext,
): Promise<Plan> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const found = await findScopedPlan(tx, scope, planId, false);
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'plan.read',
      entityType: 'intervention_plan',
      entityId: planId,
      institutionId: found.case.institutionId,
    });
    return presentOne(context, tx, actor, found.case, found.plan);
  });
}

/**
 * Starts the first plan of a case, or a revision of its active plan (a draft, in one transaction with its goals,
 * services and history). A low-risk case waiting in family-based rehabilitation moves into planning; a case still
 * in further assessment cannot be planned until the assessment is complete.
 */
export async function createPlan(
  context: ClientDataContext,
  caller: Caller,
  caseId: string,
  input: PlanInput,
): Promise<Plan> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const now = context.registry.clock();
  const today = todayInJakarta(now);
  const scope = await scopeOf(context.db, actor, today);
  return context.db.transaction(async (tx) => {
    const found = await findScopedCase(tx, scope, caseId, true);
    if (!found) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), found.institutionId)) throw new AppError('forbidden');
    if (found.status === 'further_assessment') {
      throw new AppError('conflict', 'case.assessment_required', {}, { refusal: 'case.assessment_required' });
    }
    if (!PLANNABLE_CASE_STATUSES.includes(found.status)) {
      throw new AppError(
        'conflict',
        'plan.case_not_plannable',
        { status: found.status },
        { refusal: 'plan.case_not_plannable', status: found.status },
      );
    }
    const open = await findOpenPlan(tx, caseId);
    if (open) {
      throw new AppError('conflict', 'plan.open_revision_exists', {}, { reason: 'open_revision', planId: open.id });
    }
    await checkPlanInput(tx, input, {
      caseId,
      institutionId: found.institutionId,
      openedOn: openedOn(found),
      now,
    });
    const revisions = await findPlansOfCase(tx, caseId);
    const planId = uuidv7();
    const requiresApproval = approvalRequired({
      assessmentCompleted: found.assessmentCompleted,
      latestNextStep: await findLatestNextStep(tx, caseId),
    });
    const [row] = await tx
      .insert(interventionPlans)
      .values({
        id: planId,
        caseId,
        institutionId: found.institutionId,
        revision: (revisions[0]?.revision ?? 0) + 1,
        status: 'draft',
        requiresApproval,
        setting: input.setting,
        startOn: input.startOn,
        plannedEndOn: input.plannedEndOn,
        familyInvolvementCipher: context.cipher.seal(PLAN_FIELD.familyInvolvement, input.familyInvolvement),
        createdBy: actor.id,
        updatedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning();
    // Two workers starting a plan at the same moment: the partial unique index keeps one open revision.
    if (!row) throw new AppError('conflict', 'plan.open_revision_exists', {}, { reason: 'open_revision' });
    const content = contentRows(context.cipher, planId, input);
    await replaceContent(tx, planId, content.goals, content.services);
    await insertPlanEvent(tx, { planId, action: 'create', actorId: actor.id });
    if (found.status === 'family_based_rehab') {
      const next = transition(factsOfCase(found), { action: 'approve_plan' });
      if (!next.ok) throw new AppError('conflict', next.refusal);
      await recordCaseMove(tx, found, next.to, {
        action: 'approve_plan',
        reason: 'plan_started',
        on: today,
        actorId: actor.id,
      });
    }
    await recordAudit(tx, caller.audit, {
      action: 'plan.create',
      entityType: 'intervention_plan',
      entityId: planId,
      institutionId: found.institutionId,
      details: {
        caseId,
        revision: row.revision,
        requiresApproval,
        goals: input.goals.length,
        services: input.services.length,
      },
    });
    const moved = (await findScopedCase(tx, scope, caseId, false)) ?? found;
    return presentOne(context, tx, actor, moved, row);
  });
}

/** Saves a draft or returned revision (If-Match): its goals and services are replaced as a whole. */
export async function updatePlan(
  context: ClientDataContext,
  caller: Caller,
  planId: string,
  expected: number,
  input: PlanInput,
): Promise<Plan> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const now = context.registry.clock();
  const scope = await scopeOf(context.db, actor, todayInJakarta(now));
  return context.db.transaction(async (tx) => {
    const found = await findScopedPlan(tx, scope, planId, true);
    if (!found) throw new AppError('not_found');
    const viewer = viewerOf(actor, found.case);
    if (!viewer.canWrite) throw new AppError('forbidden');
    const siblings = await findPlansOfCase(tx, found.case.id);
    const refusal = refusalOf(
      'edit',
      {
        ...found.plan,
        caseStatus: found.case.status,
        hasOpenRevision: siblings.some((other) => other.id !== planId && OPEN_PLAN_STATUSES.includes(other.status)),
      },
      viewer,
    );
    if (refusal) throw refuse(refusal, found.plan.status);
    await checkPlanInput(tx, input, {
      caseId: found.case.id,
      institutionId: found.case.institutionId,
      openedOn: openedOn(found.case),
      now,
    });
    const row = await updateVersioned(tx, interventionPlans, eq(interventionPlans.id, planId), expected, {
      setting: input.setting,
      startOn: input.startOn,
      plannedEndOn: input.plannedEndOn,
      familyInvolvementCipher: context.cipher.seal(PLAN_FIELD.familyInvolvement, input.familyInvolvement),
      updatedBy: actor.id,
      updatedAt: new Date(),
    });
    const content = contentRows(context.cipher, planId, input);
    await replaceContent(tx, planId, content.goals, content.services);
    await insertPlanEvent(tx, { planId, action: 'update', actorId: actor.id });
    await recordAudit(tx, caller.audit, {
      action: 'plan.update',
      entityType: 'intervention_plan',
      entityId: planId,
      institutionId: found.case.institutionId,
      changedFields: Object.keys(input).sort(),
    });
    return presentOne(context, tx, actor, found.case, row);
  });
}
