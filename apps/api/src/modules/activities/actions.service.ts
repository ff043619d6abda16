import type {
  ActionList,
  ActionListQuery,
  ActivityAction,
  CreateActionInput,
  UpdateActionInput,
} from '@atensi/contracts';
import { and, asc, count, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { editScopeOf, findInstitution, isWithinScope, type Scope, withinScope } from '../institutions/index.js';
import { presentActions } from './actions.present.js';
import type { ActivitiesContext } from './activities.context.js';
import { findActivity } from './activities.repository.js';
import { mayOrganise } from './activities.scope.js';
import { scopeFor, today } from './activities.service.js';
import {
  type ActionRow,
  activities,
  activityActions,
  supervisionFindings,
  supervisionVisits,
} from './activities.table.js';
import { lockOrganisedActivity } from './participants.service.js';

async function presentOne(context: ActivitiesContext, row: ActionRow): Promise<ActivityAction> {
  const [presented] = await presentActions(context.db, [row], today(context));
  if (!presented) throw new Error('presentActions lost a row');
  return presented;
}

/**
 * Adds a follow-up action to an activity, with an owner and a due date. Naming a supervision finding makes it a
 * corrective action: its owner is then the institution visited.
 */
export async function createAction(
  context: ActivitiesContext,
  caller: Caller,
  activityId: string,
  input: CreateActionInput,
): Promise<ActivityAction> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const row = await context.db.transaction(async (tx) => {
    const activity = await lockOrganisedActivity(tx, caller, scope, activityId);
    let ownerInstitutionId = input.ownerInstitutionId ?? null;
    if (input.findingId) {
      const [finding] = await tx
        .select({ institutionId: supervisionVisits.institutionId })
        .from(supervisionFindings)
        .innerJoin(supervisionVisits, eq(supervisionVisits.activityId, supervisionFindings.activityId))
        .where(and(eq(supervisionFindings.id, input.findingId), eq(supervisionFindings.activityId, activityId)));
      if (!finding) throw invalidField('body.findingId', 'supervision.finding_not_found');
      if (ownerInstitutionId && ownerInstitutionId !== finding.institutionId)
        throw invalidField('body.ownerInstitutionId', 'supervision.owner_is_visited');
      ownerInstitutionId = finding.institutionId;
    } else if (ownerInstitutionId && !(await findInstitution(tx, scope, ownerInstitutionId))) {
      throw invalidField('body.ownerInstitutionId', 'activity.institution_not_found');
    }
    return insertAction(tx, caller, {
      activityId,
      organiserId: activity.organiserInstitutionId,
      findingId: input.findingId ?? null,
      description: input.description,
      ownerInstitutionId,
      ownerName: input.ownerName ?? null,
      dueOn: input.dueOn,
    });
  });
  return presentOne(context, row);
}

/** Writes one action and its audit event, inside the caller's transaction (findings add theirs this way too). */
export async function insertAction(
  tx: Db,
  caller: Caller,
  values: {
    activityId: string;
    organiserId: string;
    findingId: string | null;
    description: string;
    ownerInstitutionId: string | null;
    ownerName: string | null;
    dueOn: string;
  },
): Promise<ActionRow> {
  const { organiserId, ...fields } = values;
  const [row] = await tx
    .insert(activityActions)
    .values({ id: uuidv7(), ...fields, createdBy: caller.actor.id })
    .returning();
  if (!row) throw new Error('action insert returned nothing');
  await recordAudit(tx, caller.audit, {
    action: 'activity.create_action',
    entityType: 'activity_action',
    entityId: row.id,
    institutionId: row.ownerInstitutionId ?? organiserId,
    details: { activityId: row.activityId, corrective: row.findingId !== null },
  });
  return row;
}

/** Actions the scope reaches: owned by one of its institutions, or of an activity it organises. */
function actionVisible(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`true`;
  return sql`(${withinScope(scope, activityActions.ownerInstitutionId)} OR ${withinScope(scope, activities.organiserInstitutionId)})`;
}

/** The follow-up board: open, overdue or corrective actions within scope, earliest due first. */
export async function listActions(
  context: ActivitiesContext,
  actor: Actor,
  query: ActionListQuery,
): Promise<ActionList> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  const day = today(context);
  const conditions: SQL[] = [actionVisible(scope)];
  if (query.status) conditions.push(eq(activityActions.status, query.status));
  if (query.overdue === 'true')
    conditions.push(
      and(inArray(activityActions.status, ['open', 'in_progress']), sql`${activityActions.dueOn} < ${day}`) as SQL,
    );
  if (query.correctiveOnly === 'true') conditions.push(isNotNull(activityActions.findingId));
  if (query.activityKind) conditions.push(eq(activities.kind, query.activityKind));
  if (query.ownerInstitutionId) conditions.push(eq(activityActions.ownerInstitutionId, query.ownerInstitutionId));
  const where = and(...conditions);
  const [rows, [totals]] = await Promise.all([
    context.db
      .select({ action: activityActions })
      .from(activityActions)
      .innerJoin(activities, eq(activities.id, activityActions.activityId))
      .where(where)
      .orderBy(asc(activityActions.dueOn), asc(activityActions.id))
      .limit(query.limit)
      .offset(query.offset),
    context.db
      .select({ total: count() })
      .from(activityActions)
      .innerJoin(activities, eq(activities.id, activityActions.activityId))
      .where(where),
  ]);
  return {
    items: await presentActions(
      context.db,
      rows.map((row) => row.action),
      day,
    ),
    total: Number(totals?.total ?? 0),
    limit: query.limit,
    offset: query.offset,
  };
}

const OWNER_FIELDS = new Set<keyof UpdateActionInput>(['status', 'progressNote', 'doneOn']);

/**
 * Updates an action (If-Match). The organiser may change anything; the owner institution's manager reports
 * progress only (status, progress note, day done). Done needs a day, not in the future (default today).
 */
export async function updateAction(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  expected: number,
  input: UpdateActionInput,
): Promise<ActivityAction> {
  const { actor } = caller;
  authorize(actor, 'activities:respond');
  const scope = await scopeFor(context, actor);
  const day = today(context);
  const row = await context.db.transaction(async (tx) => {
    const [current] = await tx.select().from(activityActions).where(eq(activityActions.id, id)).for('update');
    if (!current) throw new AppError('not_found');
    const activity = await findActivity(tx, scope, current.activityId);
    if (!activity) throw new AppError('not_found');
    const isOrganiser = mayOrganise(actor, activity.organiserInstitutionId);
    const isOwner = isWithinScope(editScopeOf(actor), current.ownerInstitutionId);
    if (!isOrganiser && !isOwner) throw new AppError('forbidden');
    const fields = (Object.keys(input) as (keyof UpdateActionInput)[]).filter((key) => input[key] !== undefined);
    if (!isOrganiser && fields.some((field) => !OWNER_FIELDS.has(field)))
      throw new AppError('forbidden', 'action.owner_progress_only');
    const status = input.status ?? current.status;
    let doneOn = input.doneOn === undefined ? current.doneOn : input.doneOn;
    if (status === 'done') doneOn ??= day;
    else doneOn = null;
    if (doneOn && doneOn > day) throw invalidField('body.doneOn', 'action.done_in_future');
    const updated = await updateVersioned(tx, activityActions, eq(activityActions.id, id), expected, {
      ...input,
      status,
      doneOn,
      updatedAt: new Date(),
    });
    await recordAudit(tx, caller.audit, {
      action: 'activity.update_action',
      entityType: 'activity_action',
      entityId: id,
      institutionId: current.ownerInstitutionId ?? activity.organiserInstitutionId,
      changedFields: fields,
      details: { status },
    });
    return updated;
  });
  return presentOne(context, row);
}

export async function getAction(context: ActivitiesContext, actor: Actor, id: string): Promise<ActivityAction> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  const [row] = await context.db
    .select({ action: activityActions })
    .from(activityActions)
    .innerJoin(activities, eq(activities.id, activityActions.activityId))
    .where(and(eq(activityActions.id, id), actionVisible(scope)));
  if (!row) throw new AppError('not_found');
  return presentOne(context, row.action);
}
