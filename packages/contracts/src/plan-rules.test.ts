import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addMonthsTo,
  DEFAULT_PLAN_MONTHS,
  daysBetween,
  defaultPlannedEnd,
  plannedOccurrences,
  planWarnings,
} from './plan-rules.js';

describe('plan rules', () => {
  test('calendar months, with the last day of a shorter month', () => {
    expect(addMonthsTo('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsTo('2026-08-15', 6)).toBe('2027-02-15');
    expect(daysBetween('2026-01-01', '2026-01-07')).toBe(7);
  });

  test('residential plans default to 6 months, family- and community-based to 3', () => {
    expect(defaultPlannedEnd('residential', '2026-03-01')).toBe('2026-09-01');
    expect(defaultPlannedEnd('family_based', '2026-03-01')).toBe('2026-06-01');
    expect(DEFAULT_PLAN_MONTHS.community_based).toBe(3);
  });

  test.each([
    ['2026-03-01', '2026-07-01', []],
    ['2026-03-01', '2026-12-01', []],
    ['2026-03-01', '2026-06-30', ['residential_duration']],
    ['2026-03-01', '2026-12-02', ['residential_duration']],
  ])('a residential plan from %s to %s warns %j', (startOn, plannedEndOn, warnings) => {
    expect(planWarnings({ setting: 'residential', startOn, plannedEndOn })).toStrictEqual(warnings);
  });

  test('only residential plans warn about their length', () => {
    expect(planWarnings({ setting: 'family_based', startOn: '2026-03-01', plannedEndOn: '2026-03-20' })).toEqual([]);
  });

  test('occurrences per week, per month and in total over the plan and up to a day', () => {
    const plan = { startOn: '2026-01-01', plannedEndOn: '2026-06-30' }; // 181 days
    expect(plannedOccurrences({ count: 1, period: 'per_week' }, plan)).toBe(26);
    expect(plannedOccurrences({ count: 2, period: 'per_month' }, plan)).toBe(12);
    expect(plannedOccurrences({ count: 3, period: 'total' }, plan)).toBe(3);
    expect(plannedOccurrences({ count: 2, period: 'per_week' }, plan, '2026-01-14')).toBe(4);
    expect(plannedOccurrences({ count: 2, period: 'per_week' }, plan, '2025-12-31')).toBe(0);
    expect(plannedOccurrences({ count: 2, period: 'per_week' }, plan, '2027-01-01')).toBe(52);
  });

  test('what is due by a day never exceeds the whole plan and never decreases (property)', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((offset) => addDays('2026-01-01', offset));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('per_week', 'per_month', 'total') as fc.Arbitrary<'per_week' | 'per_month' | 'total'>,
        fc.integer({ min: 1, max: 700 }),
        day,
        day,
        (count, period, length, a, b) => {
          const plan = { startOn: '2026-01-01', plannedEndOn: addDays('2026-01-01', length) };
          const [early, late] = a < b ? [a, b] : [b, a];
          const total = plannedOccurrences({ count, period }, plan);
          const byEarly = plannedOccurrences({ count, period }, plan, early);
          const byLate = plannedOccurrences({ count, period }, plan, late);
          expect(byEarly).toBeLessThanOrEqual(byLate);
          expect(byLate).toBeLessThanOrEqual(total);
        },
      ),
    );
  });
});

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
