import type { ActivityListQuery, ParticipantOrigin } from '@atensi/contracts';
import { and, asc, count, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/db/like.js';
import type { Scope } from '../institutions/index.js';
import { activityVisible } from './activities.scope.js';
import { type ActivityRow, activities, activityHeadcounts, activityParticipants } from './activities.table.js';

export async function findActivity(db: Db, scope: Scope, id: string): Promise<ActivityRow | undefined> {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), activityVisible(scope)));
  return row;
}

/** The activity, locked for the rest of the transaction (visibility checked first, without the lock). */
export async function lockActivity(db: Db, scope: Scope, id: string): Promise<ActivityRow | undefined> {
  if (!(await findActivity(db, scope, id))) return undefined;
  const [row] = await db.select().from(activities).where(eq(activities.id, id)).for('update');
  return row;
}

export type ActivityFilter = Pick<
  ActivityListQuery,
  'kind' | 'status' | 'from' | 'to' | 'organiserInstitutionId' | 'provinceCode' | 'q'
>;

export function activityConditions(scope: Scope, filter: ActivityFilter): SQL[] {
  const conditions: SQL[] = [activityVisible(scope)];
  if (filter.kind) conditions.push(eq(activities.kind, filter.kind));
  if (filter.status) conditions.push(eq(activities.status, filter.status));
  if (filter.from) conditions.push(sql`${activities.endsOn} >= ${filter.from}`);
  if (filter.to) conditions.push(sql`${activities.startsOn} <= ${filter.to}`);
  if (filter.organiserInstitutionId)
    conditions.push(eq(activities.organiserInstitutionId, filter.organiserInstitutionId));
  if (filter.provinceCode) conditions.push(sql`left(${activities.regionCode}, 2) = ${filter.provinceCode}`);
  if (filter.q) conditions.push(ilike(activities.title, `%${escapeLike(filter.q)}%`));
  return conditions;
}

export async function findActivities(
  db: Db,
  scope: Scope,
  filter: ActivityFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ActivityRow[]; total: number }> {
  const where = and(...activityConditions(scope, filter));
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(activities)
      .where(where)
      .orderBy(desc(activities.startsOn), asc(activities.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(activities).where(where),
  ]);
  return { rows, total: Number(totals?.total ?? 0) };
}

export async function insertActivity(db: Db, values: typeof activities.$inferInsert): Promise<ActivityRow> {
  const [row] = await db.insert(activities).values(values).returning();
  if (!row) throw new Error('activity insert returned nothing');
  return row;
}

/** Named participants who attended plus headcounts, by origin, for each activity. */
export async function countParticipants(
  db: Db,
  activityIds: string[],
): Promise<Map<string, Partial<Record<ParticipantOrigin, number>>>> {
  const byActivity = new Map<string, Partial<Record<ParticipantOrigin, number>>>();
  if (activityIds.length === 0) return byActivity;
  const [named, counted] = await Promise.all([
    db
      .select({ activityId: activityParticipants.activityId, origin: activityParticipants.origin, n: count() })
      .from(activityParticipants)
      .where(and(inArray(activityParticipants.activityId, activityIds), eq(activityParticipants.attended, true)))
      .groupBy(activityParticipants.activityId, activityParticipants.origin),
    db.select().from(activityHeadcounts).where(inArray(activityHeadcounts.activityId, activityIds)),
  ]);
  const add = (activityId: string, origin: ParticipantOrigin, n: number) => {
    const counts = byActivity.get(activityId) ?? {};
    counts[origin] = (counts[origin] ?? 0) + n;
    byActivity.set(activityId, counts);
  };
  for (const row of named) add(row.activityId, row.origin, Number(row.n));
  for (const row of counted) add(row.activityId, row.origin, row.count);
  return byActivity;
}
