import { AtensiComponent, can, daysBetween, type ServiceSummary, type ServiceSummaryQuery } from '@atensi/contracts';
import { and, eq, gte, lte, or, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { cases } from '../cases/index.js';
import { addDays, findInstitutionsByIds, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { suppressSmall } from './progress-rules.js';
import { occupancyOf, stayEnd } from './residential-stays.service.js';
import { residentialStays, serviceRecords, serviceSessions } from './service-delivery.table.js';

/** The longest period a summary covers. */
export const MAX_SUMMARY_MONTHS = 24;

/** Every month from `from` to `to`, `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > to || months.length > MAX_SUMMARY_MONTHS) break;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The earlier of two `YYYY-MM-DD` days (compared as strings, which sort as dates). */
function earlierDay(a: string, b: string): string {
  return a < b ? a : b;
}

function lastDayOf(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10);
}

/**
 * An institution's services per component per month, occupancy and bed days (aggregates only, no names). For
 * viewers without access to client records (national roles), counts of 1 to 4 people are suppressed.
 */
export async function readServiceSummary(
  context: ClientDataContext,
  actor: Actor,
  institutionId: string,
  query: ServiceSummaryQuery,
): Promise<ServiceSummary> {
  authorize(actor, 'services:summary');
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(context.db, actor, today);
  const [institution] = await findInstitutionsByIds(context.db, [institutionId]);
  if (!institution || !isWithinScope(scope, institutionId)) throw new AppError('not_found');
  const to = query.to ?? today.slice(0, 7);
  const from = query.from ?? monthsBack(to, 5);
  if (from > to) throw invalidField('query.from', 'period.invalid');
  const months = monthsBetween(from, to);
  if (months.length > MAX_SUMMARY_MONTHS) {
    throw invalidField('query.from', 'summary.too_long', { months: MAX_SUMMARY_MONTHS });
  }
  const start = `${from}-01`;
  const end = lastDayOf(to);
  const suppress = !can(actor.role, 'beneficiaries:read');
  const month = sql<string>`to_char(${serviceRecords.heldOn}, 'YYYY-MM')`;
  const sessionMonth = sql<string>`to_char(${serviceSessions.heldOn}, 'YYYY-MM')`;
  const inPeriod = and(
    eq(serviceRecords.institutionId, institutionId),
    gte(serviceRecords.heldOn, start),
    lte(serviceRecords.heldOn, end),
  );
  const people = sql<number>`count(DISTINCT ${cases.beneficiaryId}) FILTER (WHERE ${serviceRecords.attended})`.mapWith(
    Number,
  );
  const served = sql<number>`count(*) FILTER (WHERE ${serviceRecords.attended})`.mapWith(Number);
  const [byMonth, bySessions, totals, sessionTotals] = await Promise.all([
    context.db
      .select({ month, component: serviceRecords.component, services: served, beneficiaries: people })
      .from(serviceRecords)
      .innerJoin(cases, eq(cases.id, serviceRecords.caseId))
      .where(inPeriod)
      .groupBy(month, serviceRecords.component),
    context.db
      .select({
        month: sessionMonth,
        component: serviceSessions.component,
        sessions: sql<number>`count(*)`.mapWith(Number),
        minutes: sql<number>`coalesce(sum(${serviceSessions.durationMinutes}), 0)`.mapWith(Number),
      })
      .from(serviceSessions)
      .where(
        and(
          eq(serviceSessions.institutionId, institutionId),
          gte(serviceSessions.heldOn, start),
          lte(serviceSessions.heldOn, end),
        ),
      )
      .groupBy(sessionMonth, serviceSessions.component),
    context.db
      .select({ component: serviceRecords.component, services: served, beneficiaries: people })
      .from(serviceRecords)
      .innerJoin(cases, eq(cases.id, serviceRecords.caseId))
      .where(inPeriod)
      .groupBy(serviceRecords.component),
    context.db
      .select({
        component: serviceSessions.component,
        sessions: sql<number>`count(*)`.mapWith(Number),
        minutes: sql<number>`coalesce(sum(${serviceSessions.durationMinutes}), 0)`.mapWith(Number),
      })
      .from(serviceSessions)
      .where(
        and(
          eq(serviceSessions.institutionId, institutionId),
          gte(serviceSessions.heldOn, start),
          lte(serviceSessions.heldOn, end),
        ),
      )
      .groupBy(serviceSessions.component),
  ]);
  const rows = months.flatMap((current) =>
    AtensiComponent.options.flatMap((component) => {
      const records = byMonth.find((row) => row.month === current && row.component === component);
      const sessions = bySessions.find((row) => row.month === current && row.component === component);
      if (!records && !sessions) return [];
      return [
        {
          month: current,
          component,
          sessions: sessions?.sessions ?? 0,
          services: records?.services ?? 0,
          beneficiaries: suppressSmall(records?.beneficiaries ?? 0, suppress),
          minutes: sessions?.minutes ?? 0,
        },
      ];
    }),
  );
  const componentTotals = AtensiComponent.options.flatMap((component) => {
    const records = totals.find((row) => row.component === component);
    const sessions = sessionTotals.find((row) => row.component === component);
    if (!records && !sessions) return [];
    return [
      {
        component,
        sessions: sessions?.sessions ?? 0,
        services: records?.services ?? 0,
        beneficiaries: suppressSmall(records?.beneficiaries ?? 0, suppress),
        minutes: sessions?.minutes ?? 0,
      },
    ];
  });
  return {
    institutionId,
    institutionName: institution.name,
    from,
    to,
    months,
    rows,
    totals: componentTotals,
    occupancy: {
      ...(await occupancyOf(context.db, institutionId, today)),
      byMonth: await occupancyByMonth(context, institutionId, months, today),
    },
    smallCountsSuppressed: suppress,
  };
}

function monthsBack(month: string, count: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 1 - count, 1));
  return date.toISOString().slice(0, 7);
}

/** Admissions, discharges and bed days (nights in residence) per month; the current month counts to today. */
async function occupancyByMonth(context: ClientDataContext, institutionId: string, months: string[], today: string) {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const start = `${first}-01`;
  const end = lastDayOf(last);
  const stays = await context.db
    .select({ admittedOn: residentialStays.admittedOn, endsOn: stayEnd })
    .from(residentialStays)
    .where(
      and(
        eq(residentialStays.institutionId, institutionId),
        lte(residentialStays.admittedOn, end),
        or(sql`${stayEnd} IS NULL`, gte(stayEnd, start)),
      ),
    );
  return months.map((month) => {
    const monthStart = `${month}-01`;
    const monthEnd = earlierDay(lastDayOf(month), today);
    let bedDays = 0;
    for (const stay of stays) {
      const from = stay.admittedOn > monthStart ? stay.admittedOn : monthStart;
      // The night of the discharge day is not spent there.
      const lastNight = stay.endsOn ? addDays(stay.endsOn, -1) : monthEnd;
      const to = earlierDay(lastNight, monthEnd);
      if (to >= from) bedDays += daysBetween(from, to);
    }
    const days = monthEnd >= monthStart ? daysBetween(monthStart, monthEnd) : 0;
    return {
      month,
      admissions: stays.filter((stay) => stay.admittedOn.slice(0, 7) === month).length,
      discharges: stays.filter((stay) => stay.endsOn?.slice(0, 7) === month).length,
      bedDays,
      averageOccupied: days > 0 ? Math.round((bedDays / days) * 10) / 10 : 0,
    };
  });
}
