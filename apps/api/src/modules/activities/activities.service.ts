import type {
  Activity,
  ActivityDetail,
  ActivityFieldsInput,
  ActivityKind,
  ActivityList,
  ActivityListQuery,
  CreateActivityInput,
  UpdateActivityInput,
} from '@atensi/contracts';
import { normaliseRegionCode } from '@atensi/contracts';
import { asc, eq } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import {
  findInstitution,
  findInstitutionsByIds,
  isWithinScope,
  type Scope,
  scopeOf,
  todayInJakarta,
} from '../institutions/index.js';
import { getRegion } from '../regions/index.js';
import { presentActions } from './actions.present.js';
import type { ActivitiesContext } from './activities.context.js';
import { fullCounts, presentActivities, presentActivity } from './activities.present.js';
import { findActivities, findActivity, insertActivity, lockActivity } from './activities.repository.js';
import { assertMayOrganise } from './activities.scope.js';
import {
  type ActivityRow,
  activities,
  activityActions,
  activityDocuments,
  activityHeadcounts,
  activityParticipants,
  bimtekDetails,
} from './activities.table.js';

export function today(context: ActivitiesContext): string {
  return todayInJakarta(context.registry.clock());
}

export async function scopeFor(context: ActivitiesContext, actor: Actor): Promise<Scope> {
  return scopeOf(context.db, actor, today(context));
}

/** The dotted region code, or `invalid` on the field when it is not a known region. */
export async function checkRegion(db: Db, input: string, path: string): Promise<string> {
  const code = normaliseRegionCode(input);
  try {
    await getRegion(db, code);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found')
      throw invalidField(path, 'institution.region_not_found', { code });
    throw error;
  }
  return code;
}

/** Checks the fields every activity shares; the organiser must be seen (422) and organised by the caller (403). */
async function checkActivityFields(
  db: Db,
  actor: Actor,
  scope: Scope,
  input: Pick<ActivityFieldsInput, 'startsOn' | 'endsOn' | 'organiserInstitutionId' | 'regionCode'>,
): Promise<string> {
  if (!(await findInstitution(db, scope, input.organiserInstitutionId)))
    throw invalidField('body.organiserInstitutionId', 'activity.organiser_not_found');
  assertMayOrganise(actor, input.organiserInstitutionId);
  if (input.endsOn < input.startsOn) throw invalidField('body.endsOn', 'period.invalid');
  return checkRegion(db, input.regionCode, 'body.regionCode');
}

/**
 * Writes the activity row of any kind, inside the caller's transaction (campaigns and supervision visits add their
 * own part in the same one). Checks and audit included.
 */
export async function insertActivityRecord(
  tx: Db,
  caller: Caller,
  scope: Scope,
  kind: ActivityKind,
  input: ActivityFieldsInput,
): Promise<ActivityRow> {
  const regionCode = await checkActivityFields(tx, caller.actor, scope, input);
  const row = await insertActivity(tx, {
    id: uuidv7(),
    kind,
    title: input.title,
    description: input.description ?? null,
    status: input.status,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    venue: input.venue ?? null,
    regionCode,
    organiserInstitutionId: input.organiserInstitutionId,
    budgetIdr: input.budgetIdr ?? null,
    realisedCostIdr: input.realisedCostIdr ?? null,
    outcomes: input.outcomes ?? null,
    createdBy: caller.actor.id,
  });
  await recordAudit(tx, caller.audit, {
    action: 'activity.create',
    entityType: 'activity',
    entityId: row.id,
    institutionId: row.organiserInstitutionId,
    details: { kind },
  });
  return row;
}

/**
 * Applies the shared fields of an update (If-Match on the activity's version) inside the caller's transaction;
 * the organiser cannot change. Returns the updated row.
 */
export async function updateActivityRecord(
  tx: Db,
  caller: Caller,
  scope: Scope,
  id: string,
  expected: number,
  input: UpdateActivityInput,
  kinds: readonly ActivityKind[] | null,
): Promise<ActivityRow> {
  const current = await lockActivity(tx, scope, id);
  if (!current || (kinds && !kinds.includes(current.kind))) throw new AppError('not_found');
  assertMayOrganise(caller.actor, current.organiserInstitutionId);
  const startsOn = input.startsOn ?? current.startsOn;
  const endsOn = input.endsOn ?? current.endsOn;
  if (endsOn < startsOn) throw invalidField('body.endsOn', 'period.invalid');
  const values: Partial<typeof activities.$inferInsert> = { ...input, updatedAt: new Date() };
  if (input.regionCode) values.regionCode = await checkRegion(tx, input.regionCode, 'body.regionCode');
  const changed = (Object.keys(input) as (keyof UpdateActivityInput)[]).filter((key) => input[key] !== undefined);
  const updated = await updateVersioned(tx, activities, eq(activities.id, id), expected, values);
  await recordAudit(tx, caller.audit, {
    action: 'activity.update',
    entityType: 'activity',
    entityId: id,
    institutionId: current.organiserInstitutionId,
    changedFields: changed,
  });
  return updated;
}

export async function listActivities(
  context: ActivitiesContext,
  actor: Actor,
  query: ActivityListQuery,
): Promise<ActivityList> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  const { rows, total } = await findActivities(context.db, scope, query, query);
  return { items: await presentActivities(context.db, rows), total, limit: query.limit, offset: query.offset };
}

/**
 * One activity with its participants, headcounts, documents and actions. A caller who does not reach the organiser
 * (an IPWL at a national meeting) sees only the participants and actions of their own scope.
 */
export async function getActivity(context: ActivitiesContext, actor: Actor, id: string): Promise<ActivityDetail> {
  authorize(actor, 'activities:read');
  const { db } = context;
  const scope = await scopeFor(context, actor);
  const row = await findActivity(db, scope, id);
  if (!row) throw new AppError('not_found');
  const seesAll = isWithinScope(scope, row.organiserInstitutionId);
  const [activity, participantRows, headcountRows, documentRows, actionRows] = await Promise.all([
    presentActivity(db, row),
    db
      .select()
      .from(activityParticipants)
      .where(eq(activityParticipants.activityId, id))
      .orderBy(asc(activityParticipants.fullName), asc(activityParticipants.id)),
    db.select().from(activityHeadcounts).where(eq(activityHeadcounts.activityId, id)),
    db
      .select()
      .from(activityDocuments)
      .where(eq(activityDocuments.activityId, id))
      .orderBy(asc(activityDocuments.uploadedAt)),
    db.select().from(activityActions).where(eq(activityActions.activityId, id)).orderBy(asc(activityActions.dueOn)),
  ]);
  const shown = participantRows.filter((p) => seesAll || isWithinScope(scope, p.institutionId));
  const names = new Map(
    (
      await findInstitutionsByIds(db, [...new Set(shown.flatMap((p) => (p.institutionId ? [p.institutionId] : [])))])
    ).map((institution) => [institution.id, institution.name]),
  );
  return {
    ...activity,
    participants: shown.map((p) => ({
      id: p.id,
      staffId: p.staffId,
      fullName: p.fullName,
      origin: p.origin,
      institutionId: p.institutionId,
      institutionName: p.institutionId ? (names.get(p.institutionId) ?? null) : null,
      position: p.position,
      attended: p.attended,
      attendedDays: p.attendedDays,
      preTestScore: p.preTestScore,
      postTestScore: p.postTestScore,
    })),
    hiddenParticipants: participantRows.length - shown.length,
    headcounts: fullCounts(Object.fromEntries(headcountRows.map((h) => [h.origin, h.count]))),
    documents: documentRows.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      fileName: d.fileName,
      mediaType: d.mediaType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      uploadedAt: d.uploadedAt.toISOString(),
    })),
    actions: await presentActions(
      db,
      actionRows.filter((a) => seesAll || isWithinScope(scope, a.ownerInstitutionId)),
      today(context),
    ),
  };
}

/** Records an activity of a general kind; a bimtek gets its training part with the default rules. */
export async function createActivity(
  context: ActivitiesContext,
  caller: Caller,
  input: CreateActivityInput,
): Promise<Activity> {
  authorize(caller.actor, 'activities:manage');
  const { kind, ...fields } = input;
  const scope = await scopeFor(context, caller.actor);
  const row = await context.db.transaction(async (tx) => {
    const created = await insertActivityRecord(tx, caller, scope, kind, fields);
    if (kind === 'bimtek') {
      const [organiser] = await findInstitutionsByIds(tx, [created.organiserInstitutionId]);
      await tx
        .insert(bimtekDetails)
        .values({ activityId: created.id, certificateIssuer: organiser?.name ?? 'Kemensos' });
    }
    return created;
  });
  return presentActivity(context.db, row);
}

export async function updateActivity(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  expected: number,
  input: UpdateActivityInput,
): Promise<Activity> {
  authorize(caller.actor, 'activities:manage');
  const scope = await scopeFor(context, caller.actor);
  const row = await context.db.transaction((tx) => updateActivityRecord(tx, caller, scope, id, expected, input, null));
  return presentActivity(context.db, row);
}
