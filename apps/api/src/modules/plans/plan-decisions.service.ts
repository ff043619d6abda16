import type { Plan, PlanAwaitingList, PlanDecisionInput, PlanReturnInput } from '@atensi/contracts';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext } from '../beneficiaries/index.js';
import { type CaseRow, cases, recordCaseEvent } from '../cases/index.js';
import { scopeOf, todayInJakarta } from '../institutions/index.js';
import { users } from '../users/index.js';
import { isAuthorOf, OPEN_PLAN_STATUSES, type PlanViewer, refusalOf } from './plan-rules.js';
import { PLAN_FIELD, viewerOf } from './plans.present.js';
import { findGoals, findPlansOfCase, findScopedPlan, findServices, insertPlanEvent } from './plans.repository.js';
import { presentOne, refuse } from './plans.service.js';
import { interventionPlans, type PlanRow, planGoals } from './plans.table.js';

type Locked = { plan: PlanRow; case: CaseRow; viewer: PlanViewer };

async function lockForAction(
  context: ClientDataContext,
  tx: Db,
  actor: Actor,
  planId: string,
  action: 'submit' | 'approve' | 'return',
): Promise<Locked> {
  const scope = await scopeOf(tx, actor, todayInJakarta(context.registry.clock()));
  const found = await findScopedPlan(tx, scope, planId, true);
  if (!found) throw new AppError('not_found');
  const viewer = viewerOf(actor, found.case);
  // Deciding is for the managers of the case's own institution; submitting for those who may write there.
  if (action === 'submit' ? !viewer.canWrite : !viewer.canApprove) throw new AppError('forbidden');
  const siblings = await findPlansOfCase(tx, found.case.id);
  const refusal = refusalOf(
    action,
    {
      ...found.plan,
      caseStatus: found.case.status,
      hasOpenRevision: siblings.some((other) => other.id !== planId && OPEN_PLAN_STATUSES.includes(other.status)),
    },
    viewer,
  );
  if (refusal) throw refuse(refusal, found.plan.status);
  return { ...found, viewer };
}

/**
 * Makes a revision the case's active plan: the previous active revision is superseded, goal progress recorded
 * against earlier revisions carries over by goal key, and the case learns its active plan (so service may start).
 */
async function activate(tx: Db, locked: Locked, actorId: string, now: Date): Promise<void> {
  const { plan } = locked;
  const previous = await tx
    .update(interventionPlans)
    .set({ status: 'superseded', supersededAt: now, version: sql`${interventionPlans.version} + 1` })
    .where(
      and(
        eq(interventionPlans.caseId, plan.caseId),
        eq(interventionPlans.status, 'active'),
        ne(interventionPlans.id, plan.id),
      ),
    )
    .returning({ id: interventionPlans.id });
  for (const row of previous) await insertPlanEvent(tx, { planId: row.id, action: 'supersede', actorId });
  await tx
    .update(interventionPlans)
    .set({ status: 'active', activatedAt: now })
    .where(eq(interventionPlans.id, plan.id));
  await tx.execute(sql`
    UPDATE plan_goals g SET progress = src.progress, progress_on = src.progress_on
    FROM (
      SELECT DISTINCT ON (pg.key) pg.key, pg.progress, pg.progress_on FROM plan_goals pg
      JOIN intervention_plans p ON p.id = pg.plan_id
      WHERE p.case_id = ${plan.caseId} AND p.id <> ${plan.id} AND pg.progress_on IS NOT NULL
      ORDER BY pg.key, pg.progress_on DESC
    ) src
    WHERE g.plan_id = ${plan.id} AND g.key = src.key`);
  await tx
    .update(cases)
    .set({ activePlanId: plan.id, updatedAt: now, version: sql`${cases.version} + 1` })
    .where(eq(cases.id, plan.caseId));
  await insertPlanEvent(tx, { planId: plan.id, action: 'activate', actorId });
}

async function reread(context: ClientDataContext, tx: Db, actor: Actor, planId: string): Promise<Plan> {
  const scope = await scopeOf(tx, actor, todayInJakarta(context.registry.clock()));
  const found = await findScopedPlan(tx, scope, planId, false);
  if (!found) throw new AppError('not_found');
  return presentOne(context, tx, actor, found.case, found.plan);
}

/**
 * Submits a revision (If-Match). It must have at least one goal and one planned service. A low-risk case's plan is
 * active at once; a moderate or high-risk case's plan waits for a manager of the institution.
 */
export async function submitPlan(
  context: ClientDataContext,
  caller: Caller,
  planId: string,
  expected: number,
): Promise<Plan> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const now = context.registry.clock();
  return context.db.transaction(async (tx) => {
    const locked = await lockForAction(context, tx, actor, planId, 'submit');
    const [goals, services] = await Promise.all([findGoals(tx, [planId]), findServices(tx, [planId])]);
    const missing = [...(goals.length === 0 ? ['goals'] : []), ...(services.length === 0 ? ['services'] : [])];
    if (missing.length > 0) {
      throw new AppError('conflict', 'plan.incomplete', { missing: missing.join(', ') }, { missing });
    }
    await updateVersioned(tx, interventionPlans, eq(interventionPlans.id, planId), expected, {
      status: locked.plan.requiresApproval ? 'submitted' : locked.plan.status,
      submittedBy: actor.id,
      submittedAt: now,
      updatedAt: now,
    });
    await insertPlanEvent(tx, { planId, action: 'submit', actorId: actor.id });
    const on = todayInJakarta(now);
    if (locked.plan.requiresApproval) {
      await recordCaseEvent(tx, locked.case, { action: 'plan_submit', reason: null, on, actorId: actor.id });
    } else {
      await activate(tx, locked, actor.id, now);
      await recordCaseEvent(tx, locked.case, { action: 'plan_activate', reason: null, on, actorId: actor.id });
    }
    await recordAudit(tx, caller.audit, {
      action: 'plan.submit',
      entityType: 'intervention_plan',
      entityId: planId,
      institutionId: locked.case.institutionId,
      details: { revision: locked.plan.revision, activated: !locked.plan.requiresApproval },
    });
    return reread(context, tx, actor, planId);
  });
}

/** A manager of the institution approves a submitted revision (If-Match); never its own author. It becomes active. */
export async function approvePlan(
  context: ClientDataContext,
  caller: Caller,
  planId: string,
  expected: number,
  input: PlanDecisionInput,
): Promise<Plan> {
  const { actor } = caller;
  authorize(actor, 'plans:approve');
  const now = context.registry.clock();
  return context.db.transaction(async (tx) => {
    const locked = await lockForAction(context, tx, actor, planId, 'approve');
    await updateVersioned(tx, interventionPlans, eq(interventionPlans.id, planId), expected, {
      decidedBy: actor.id,
      decidedAt: now,
      updatedAt: now,
    });
    await insertPlanEvent(tx, {
      planId,
      action: 'approve',
      commentCipher: context.cipher.seal(PLAN_FIELD.comment, input.comment),
      actorId: actor.id,
    });
    await activate(tx, locked, actor.id, now);
    await recordCaseEvent(tx, locked.case, {
      action: 'plan_approve',
      reason: null,
      on: todayInJakarta(now),
      actorId: actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'plan.approve',
      entityType: 'intervention_plan',
      entityId: planId,
      institutionId: locked.case.institutionId,
      details: { revision: locked.plan.revision },
    });
    return reread(context, tx, actor, planId);
  });
}

/** A manager returns a submitted revision with comments (If-Match); its author revises and submits it again. */
export async function returnPlan(
  context: ClientDataContext,
  caller: Caller,
  planId: string,
  expected: number,
  input: PlanReturnInput,
): Promise<Plan> {
  const { actor } = caller;
  authorize(actor, 'plans:approve');
  const now = context.registry.clock();
  return context.db.transaction(async (tx) => {
    const locked = await lockForAction(context, tx, actor, planId, 'return');
    await updateVersioned(tx, interventionPlans, eq(interventionPlans.id, planId), expected, {
      status: 'returned',
      decidedBy: actor.id,
      decidedAt: now,
      updatedAt: now,
    });
    await insertPlanEvent(tx, {
      planId,
      action: 'return',
      commentCipher: context.cipher.seal(PLAN_FIELD.comment, input.comment),
      actorId: actor.id,
    });
    await recordCaseEvent(tx, locked.case, {
      action: 'plan_return',
      reason: null,
      on: todayInJakarta(now),
      actorId: actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'plan.return',
      entityType: 'intervention_plan',
      entityId: planId,
      institutionId: locked.case.institutionId,
      details: { revision: locked.plan.revision },
    });
    return reread(context, tx, actor, planId);
  });
}

/** The plans waiting for a decision at the manager's institution, oldest first (names shown: audited). */
export async function listAwaitingApproval(
  context: ClientDataContext,
  actor: Actor,
  audit: AuditContext,
): Promise<PlanAwaitingList> {
  authorize(actor, 'plans:approve');
  if (!actor.institutionId) return { items: [] };
  const institutionId = actor.institutionId;
  return context.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        plan: interventionPlans,
        beneficiaryName: beneficiaries.fullName,
        submittedByName: users.displayName,
      })
      .from(interventionPlans)
      .innerJoin(cases, eq(cases.id, interventionPlans.caseId))
      .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
      .leftJoin(users, eq(users.id, interventionPlans.submittedBy))
      .where(and(eq(interventionPlans.status, 'submitted'), eq(cases.institutionId, institutionId)))
      .orderBy(asc(interventionPlans.submittedAt))
      .limit(200);
    await recordAudit(tx, audit, {
      action: 'plan.list_awaiting',
      entityType: 'intervention_plan',
      institutionId,
      details: { count: rows.length },
    });
    return {
      items: rows.map(({ plan, beneficiaryName, submittedByName }) => ({
        id: plan.id,
        caseId: plan.caseId,
        beneficiaryName,
        revision: plan.revision,
        setting: plan.setting,
        submittedAt: (plan.submittedAt ?? plan.updatedAt).toISOString(),
        submittedByName,
        canDecide: !isAuthorOf(plan, actor.id),
      })),
    };
  });
}

/** Records what a service record says about a goal: the latest day's word counts (service delivery calls this). */
export async function recordGoalProgress(
  tx: Db,
  goalId: string,
  progress: (typeof planGoals.$inferSelect)['progress'],
  on: string,
): Promise<void> {
  await tx
    .update(planGoals)
    .set({ progress, progressOn: on })
    .where(and(eq(planGoals.id, goalId), sql`(${planGoals.progressOn} IS NULL OR ${planGoals.progressOn} <= ${on})`));
}
