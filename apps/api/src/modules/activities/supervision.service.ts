import type {
  CreateFindingInput,
  CreateSupervisionInput,
  SupervisionAnswersInput,
  SupervisionDetail,
  SupervisionVisit,
  SupervisionVisitListQuery,
} from '@atensi/contracts';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { findInstitution, findInstitutionsByIds, isWithinScope, type Scope } from '../institutions/index.js';
import { overdueDays, presentActions } from './actions.present.js';
import { insertAction } from './actions.service.js';
import type { ActivitiesContext } from './activities.context.js';
import { findActivity } from './activities.repository.js';
import { activityVisible } from './activities.scope.js';
import { insertActivityRecord, scopeFor, today } from './activities.service.js';
import {
  type ActivityRow,
  activities,
  activityActions,
  supervisionAnswers,
  supervisionChecklistItems,
  supervisionChecklists,
  supervisionFindings,
  supervisionVisits,
  type VisitRow,
} from './activities.table.js';
import { lockOrganisedActivity } from './participants.service.js';
import { currentChecklistRow } from './supervision-checklists.service.js';
import { scoreVisit } from './supervision-score.js';

/** Supervised institutions: the units and the IPWL (domain README section 1). */
const SUPERVISED_TYPES = new Set(['balai', 'loka', 'ipwl']);

async function presentVisits(
  db: Db,
  rows: { activity: ActivityRow; visit: VisitRow }[],
  day: string,
): Promise<SupervisionVisit[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.activity.id);
  const [institutions, checklists, itemCounts, answered, findings, actions] = await Promise.all([
    findInstitutionsByIds(db, [
      ...new Set(rows.flatMap((row) => [row.visit.institutionId, row.activity.organiserInstitutionId])),
    ]),
    db
      .select()
      .from(supervisionChecklists)
      .where(inArray(supervisionChecklists.id, [...new Set(rows.map((r) => r.visit.checklistId))])),
    db
      .select({ checklistId: supervisionChecklistItems.checklistId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(supervisionChecklistItems)
      .groupBy(supervisionChecklistItems.checklistId),
    db
      .select({ activityId: supervisionAnswers.activityId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(supervisionAnswers)
      .where(inArray(supervisionAnswers.activityId, ids))
      .groupBy(supervisionAnswers.activityId),
    db
      .select({ activityId: supervisionFindings.activityId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(supervisionFindings)
      .where(inArray(supervisionFindings.activityId, ids))
      .groupBy(supervisionFindings.activityId),
    db.select().from(activityActions).where(inArray(activityActions.activityId, ids)),
  ]);
  const institution = new Map(institutions.map((row) => [row.id, row]));
  const checklist = new Map(checklists.map((row) => [row.id, row]));
  const countOf = (list: { n: number }[], key: (item: never) => string) =>
    new Map(list.map((item) => [key(item as never), item.n]));
  const items = countOf(itemCounts, (item: { checklistId: string }) => item.checklistId);
  const answers = countOf(answered, (item: { activityId: string }) => item.activityId);
  const findingCounts = countOf(findings, (item: { activityId: string }) => item.activityId);
  return rows.map(({ activity, visit }) => {
    const own = actions.filter((action) => action.activityId === activity.id);
    return {
      activityId: activity.id,
      title: activity.title,
      status: activity.status,
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
      institutionId: visit.institutionId,
      institutionName: institution.get(visit.institutionId)?.name ?? '',
      institutionType: institution.get(visit.institutionId)?.type ?? '',
      organiserInstitutionId: activity.organiserInstitutionId,
      organiserName: institution.get(activity.organiserInstitutionId)?.name ?? '',
      checklistId: visit.checklistId,
      checklistVersion: checklist.get(visit.checklistId)?.version ?? 0,
      score: visit.score,
      answered: answers.get(activity.id) ?? 0,
      items: items.get(visit.checklistId) ?? 0,
      findings: findingCounts.get(activity.id) ?? 0,
      openActions: own.filter((action) => action.status === 'open' || action.status === 'in_progress').length,
      overdueActions: own.filter((action) => overdueDays(action, day) > 0).length,
      summary: visit.summary,
    };
  });
}

async function findVisit(db: Db, scope: Scope, id: string): Promise<{ activity: ActivityRow; visit: VisitRow }> {
  const activity = await findActivity(db, scope, id);
  const [visit] = activity ? await db.select().from(supervisionVisits).where(eq(supervisionVisits.activityId, id)) : [];
  if (!activity || !visit) throw new AppError('not_found');
  return { activity, visit };
}

/**
 * Records a supervision visit to a Balai/Loka or IPWL the caller reaches, to be scored against the current version
 * of the checklist.
 */
export async function createSupervisionVisit(
  context: ActivitiesContext,
  caller: Caller,
  input: CreateSupervisionInput,
): Promise<SupervisionDetail> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const { institutionId, ...fields } = input;
  const id = await context.db.transaction(async (tx) => {
    const visited = await findInstitution(tx, scope, institutionId);
    if (!visited) throw invalidField('body.institutionId', 'activity.institution_not_found');
    if (!SUPERVISED_TYPES.has(visited.type))
      throw invalidField('body.institutionId', 'supervision.not_supervised_type');
    const checklist = await currentChecklistRow(tx);
    if (!checklist) throw new AppError('conflict', 'supervision.no_checklist', {}, { reason: 'no_checklist' });
    const activity = await insertActivityRecord(tx, caller, scope, 'supervisi', fields);
    await tx.insert(supervisionVisits).values({ activityId: activity.id, institutionId, checklistId: checklist.id });
    return activity.id;
  });
  return getSupervision(context, caller.actor, id);
}

/** Supervision visits within scope, newest first; with `institutionId`, that institution's history. */
export async function listSupervisionVisits(
  context: ActivitiesContext,
  actor: Actor,
  query: SupervisionVisitListQuery,
): Promise<{ items: SupervisionVisit[] }> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  const conditions: SQL[] = [activityVisible(scope)];
  if (query.institutionId) conditions.push(eq(supervisionVisits.institutionId, query.institutionId));
  if (query.from) conditions.push(sql`${activities.endsOn} >= ${query.from}`);
  if (query.to) conditions.push(sql`${activities.startsOn} <= ${query.to}`);
  const rows = await context.db
    .select({ activity: activities, visit: supervisionVisits })
    .from(supervisionVisits)
    .innerJoin(activities, eq(activities.id, supervisionVisits.activityId))
    .where(and(...conditions))
    .orderBy(desc(activities.startsOn), asc(activities.id))
    .limit(1000);
  return { items: await presentVisits(context.db, rows, today(context)) };
}

/** One visit: the checklist version it uses with its ratings, the score by area, the findings and their actions. */
export async function getSupervision(context: ActivitiesContext, actor: Actor, id: string): Promise<SupervisionDetail> {
  authorize(actor, 'activities:read');
  const { db } = context;
  const scope = await scopeFor(context, actor);
  const found = await findVisit(db, scope, id);
  const day = today(context);
  const [[summary], items, answers, findings, actions] = await Promise.all([
    presentVisits(db, [found], day),
    db
      .select()
      .from(supervisionChecklistItems)
      .where(eq(supervisionChecklistItems.checklistId, found.visit.checklistId))
      .orderBy(asc(supervisionChecklistItems.position)),
    db.select().from(supervisionAnswers).where(eq(supervisionAnswers.activityId, id)),
    db
      .select()
      .from(supervisionFindings)
      .where(eq(supervisionFindings.activityId, id))
      .orderBy(asc(supervisionFindings.createdAt)),
    db.select().from(activityActions).where(eq(activityActions.activityId, id)).orderBy(asc(activityActions.dueOn)),
  ]);
  if (!summary) throw new Error('presentVisits lost a row');
  const answerOf = new Map(answers.map((answer) => [answer.itemId, answer]));
  const checklist = items.map((item) => ({
    id: item.id,
    area: item.area,
    position: item.position,
    text: item.text,
    weight: item.weight,
    rating: answerOf.get(item.id)?.rating ?? null,
    note: answerOf.get(item.id)?.note ?? null,
  }));
  const seesAll =
    isWithinScope(scope, found.activity.organiserInstitutionId) || isWithinScope(scope, found.visit.institutionId);
  const presentedActions = await presentActions(
    db,
    actions.filter((action) => seesAll || isWithinScope(scope, action.ownerInstitutionId)),
    day,
  );
  return {
    ...summary,
    checklist,
    areaScores: scoreVisit(checklist).areaScores,
    findingList: findings.map((finding) => ({
      id: finding.id,
      area: finding.area,
      severity: finding.severity,
      description: finding.description,
      actions: presentedActions.filter((action) => action.findingId === finding.id),
    })),
    version: found.activity.version,
  };
}

/** Saves ratings of the visit's checklist items (others kept) and recomputes the score in the same transaction. */
export async function saveSupervisionAnswers(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  input: SupervisionAnswersInput,
): Promise<SupervisionDetail> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  await context.db.transaction(async (tx) => {
    const { visit } = await findVisit(tx, scope, id);
    const activity = await lockOrganisedActivity(tx, caller, scope, id);
    const items = await tx
      .select()
      .from(supervisionChecklistItems)
      .where(eq(supervisionChecklistItems.checklistId, visit.checklistId));
    const known = new Set(items.map((item) => item.id));
    input.answers.forEach((answer, index) => {
      if (!known.has(answer.itemId)) throw invalidField(`body.answers.${index}.itemId`, 'supervision.item_unknown');
    });
    for (const answer of input.answers) {
      await tx
        .insert(supervisionAnswers)
        .values({ activityId: id, itemId: answer.itemId, rating: answer.rating, note: answer.note ?? null })
        .onConflictDoUpdate({
          target: [supervisionAnswers.activityId, supervisionAnswers.itemId],
          set: { rating: answer.rating, note: answer.note ?? null },
        });
    }
    const answers = await tx.select().from(supervisionAnswers).where(eq(supervisionAnswers.activityId, id));
    const ratingOf = new Map(answers.map((answer) => [answer.itemId, answer.rating]));
    const { score } = scoreVisit(items.map((item) => ({ ...item, rating: ratingOf.get(item.id) ?? null })));
    await tx
      .update(supervisionVisits)
      .set({ score, ...(input.summary !== undefined ? { summary: input.summary } : {}) })
      .where(eq(supervisionVisits.activityId, id));
    await recordAudit(tx, caller.audit, {
      action: 'supervision.answers',
      entityType: 'activity',
      entityId: id,
      institutionId: visit.institutionId,
      details: { answers: input.answers.length, score },
    });
    return activity;
  });
  return getSupervision(context, caller.actor, id);
}

/** Records a finding of the visit and, when given, its corrective action for the visited institution. */
export async function addFinding(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  input: CreateFindingInput,
): Promise<SupervisionDetail> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  await context.db.transaction(async (tx) => {
    const { visit } = await findVisit(tx, scope, id);
    const activity = await lockOrganisedActivity(tx, caller, scope, id);
    const findingId = uuidv7();
    await tx.insert(supervisionFindings).values({
      id: findingId,
      activityId: id,
      area: input.area,
      severity: input.severity,
      description: input.description,
      createdBy: caller.actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'supervision.finding',
      entityType: 'supervision_finding',
      entityId: findingId,
      institutionId: visit.institutionId,
      details: { activityId: id, area: input.area, severity: input.severity },
    });
    if (input.correctiveAction) {
      await insertAction(tx, caller, {
        activityId: id,
        organiserId: activity.organiserInstitutionId,
        findingId,
        description: input.correctiveAction.description,
        ownerInstitutionId: visit.institutionId,
        ownerName: null,
        dueOn: input.correctiveAction.dueOn,
      });
    }
  });
  return getSupervision(context, caller.actor, id);
}
