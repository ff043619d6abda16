import type { ServiceSetting } from './atensi.js';
import type { FrequencyPeriod, PlanWarning } from './plans.js';

// Pure rules of intervention plans, shared by the API (which enforces them) and the web app (which shows them
// while the plan is written).

/** The day `months` calendar months after `day` (the last day of a shorter month when needed). */
export function addMonthsTo(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both counted (`2026-01-01` to `2026-01-07` is 7). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * How long a plan runs by default: residential rehabilitation typically 6 months (domain README, section 2);
 * family- and community-based plans are reviewed after 3 months.
 */
export const DEFAULT_PLAN_MONTHS: Record<ServiceSetting, number> = {
  residential: 6,
  family_based: 3,
  community_based: 3,
};

export function defaultPlannedEnd(setting: ServiceSetting, startOn: string): string {
  return addMonthsTo(startOn, DEFAULT_PLAN_MONTHS[setting]);
}

/** Residential stays of 4 to 9 months are what is seen in practice; outside them the plan warns (never blocks). */
export const RESIDENTIAL_MONTHS = { min: 4, max: 9 } as const;

/** The longest plan accepted: two years (a longer programme is planned again in revisions). */
export const MAX_PLAN_MONTHS = 24;

export function planWarnings(plan: { setting: ServiceSetting; startOn: string; plannedEndOn: string }): PlanWarning[] {
  if (plan.setting !== 'residential') return [];
  const tooShort = plan.plannedEndOn < addMonthsTo(plan.startOn, RESIDENTIAL_MONTHS.min);
  const tooLong = plan.plannedEndOn > addMonthsTo(plan.startOn, RESIDENTIAL_MONTHS.max);
  return tooShort || tooLong ? ['residential_duration'] : [];
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * How many times a planned service occurs between `startOn` and `until` (inclusive; the plan's end by default):
 * so many a week or a month over the days covered, rounded to whole occurrences, or the total as planned.
 * Before the plan starts it is 0; `until` after the end counts to the end.
 */
export function plannedOccurrences(
  frequency: { count: number; period: FrequencyPeriod },
  plan: { startOn: string; plannedEndOn: string },
  until: string = plan.plannedEndOn,
): number {
  if (until < plan.startOn) return 0;
  const end = until < plan.plannedEndOn ? until : plan.plannedEndOn;
  const days = daysBetween(plan.startOn, end);
  switch (frequency.period) {
    case 'total':
      // A total is spread over the plan: by the middle of the plan, half of it is due.
      return until >= plan.plannedEndOn
        ? frequency.count
        : Math.round((frequency.count * days) / daysBetween(plan.startOn, plan.plannedEndOn));
    case 'per_week':
      return Math.round((frequency.count * days) / 7);
    case 'per_month':
      return Math.round((frequency.count * days) / DAYS_PER_MONTH);
    default: {
      const unknown: never = frequency.period;
      throw new Error(`unknown period ${String(unknown)}`);
    }
  }
}
