import type { ActivityReport, ActivityReportQuery, ActivityReportRow, ReportDimension } from '@atensi/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { ActivitiesContext } from './activities.context.js';
import { activityConditions } from './activities.repository.js';
import { scopeFor } from './activities.service.js';
import { activities } from './activities.table.js';

/** The SQL of each dimension: the kind, the month the activity starts, its organiser, the province of its region. */
const DIMENSION_SQL: Record<ReportDimension, SQL> = {
  kind: sql`${activities.kind}`,
  month: sql`to_char(${activities.startsOn}, 'YYYY-MM')`,
  organiser: sql`${activities.organiserInstitutionId}`,
  region: sql`left(${activities.regionCode}, 2)`,
};

type RawRow = {
  kind: string | null;
  month: string | null;
  organiser_id: string | null;
  organiser_name: string | null;
  province_code: string | null;
  province_name: string | null;
  activities: number | string;
  held: number | string;
  participants: number | string;
  budget: number | string;
  realised: number | string;
};

/**
 * Activities counted by any of kind, month, organiser and region (province), within the caller's scope: how many,
 * how many held, participants (named who attended plus headcounts), budget and realised cost. Cancelled activities
 * are left out unless asked for.
 */
export async function reportActivities(
  context: ActivitiesContext,
  actor: Actor,
  query: ActivityReportQuery,
): Promise<ActivityReport> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  const dimensions = [...new Set(query.by)];
  const conditions = activityConditions(scope, { kind: query.kind, from: query.from, to: query.to });
  if (query.includeCancelled !== 'true') conditions.push(sql`${activities.status} <> 'cancelled'`);
  const has = (dimension: ReportDimension) => dimensions.includes(dimension);
  const groupBy = dimensions.map((dimension) => DIMENSION_SQL[dimension]);
  const result = await context.db.execute(sql`
    SELECT
      ${has('kind') ? sql`${activities.kind}` : sql`NULL`} AS kind,
      ${has('month') ? DIMENSION_SQL.month : sql`NULL`} AS month,
      ${has('organiser') ? sql`${activities.organiserInstitutionId}::text` : sql`NULL`} AS organiser_id,
      ${has('organiser') ? sql`min(o.name)` : sql`NULL`} AS organiser_name,
      ${has('region') ? DIMENSION_SQL.region : sql`NULL`} AS province_code,
      ${has('region') ? sql`min(r.name)` : sql`NULL`} AS province_name,
      count(*)::bigint AS activities,
      count(*) FILTER (WHERE ${activities.status} = 'held')::bigint AS held,
      coalesce(sum(coalesce(pn.n, 0) + coalesce(hc.n, 0)), 0)::bigint AS participants,
      coalesce(sum(${activities.budgetIdr}), 0)::bigint AS budget,
      coalesce(sum(${activities.realisedCostIdr}), 0)::bigint AS realised
    FROM ${activities}
    LEFT JOIN (SELECT activity_id, count(*) AS n FROM activity_participants WHERE attended GROUP BY activity_id) pn
      ON pn.activity_id = ${activities.id}
    LEFT JOIN (SELECT activity_id, sum(count) AS n FROM activity_headcounts GROUP BY activity_id) hc
      ON hc.activity_id = ${activities.id}
    LEFT JOIN institutions o ON o.id = ${activities.organiserInstitutionId}
    LEFT JOIN regions r ON r.code = left(${activities.regionCode}, 2)
    WHERE ${and(...conditions)}
    GROUP BY ${sql.join(groupBy, sql`, `)}
    ORDER BY ${sql.join(groupBy, sql`, `)}
  `);
  const rows = ((result as { rows?: RawRow[] }).rows ?? (result as unknown as RawRow[])).map(
    (row): ActivityReportRow => ({
      kind: row.kind as ActivityReportRow['kind'],
      month: row.month,
      organiserInstitutionId: row.organiser_id,
      organiserName: row.organiser_name,
      provinceCode: row.province_code,
      provinceName: row.province_name,
      activities: Number(row.activities),
      held: Number(row.held),
      participants: Number(row.participants),
      budgetIdr: Number(row.budget),
      realisedCostIdr: Number(row.realised),
    }),
  );
  const sum = (key: 'activities' | 'held' | 'participants' | 'budgetIdr' | 'realisedCostIdr') =>
    rows.reduce((total, row) => total + row[key], 0);
  return {
    dimensions,
    rows,
    totals: {
      activities: sum('activities'),
      held: sum('held'),
      participants: sum('participants'),
      budgetIdr: sum('budgetIdr'),
      realisedCostIdr: sum('realisedCostIdr'),
    },
  };
}
