import { describe, expect, test } from 'vitest';
import { type DeliveredLine, type PlannedLine, progressOf, suppressSmall } from './progress-rules.js';

const plan = { startOn: '2026-01-01', plannedEndOn: '2026-06-30' };
const tc: PlannedLine = {
  id: 'p1',
  catalogueItemId: 'tc',
  component: 'terapi',
  frequency: { count: 2, period: 'per_week' },
  quantity: 1,
};
const visit: PlannedLine = {
  id: 'p2',
  catalogueItemId: 'visit',
  component: 'dukungan_keluarga',
  frequency: { count: 1, period: 'per_month' },
  quantity: 1,
};
const record = (values: Partial<DeliveredLine>): DeliveredLine => ({
  catalogueItemId: 'tc',
  component: 'terapi',
  attended: true,
  quantity: 1,
  heldOn: '2026-01-05',
  ...values,
});

describe('planned against delivered', () => {
  test('per component and per planned service, with what is due by today', () => {
    const figures = progressOf(
      plan,
      [tc, visit],
      [
        record({ heldOn: '2026-01-05' }),
        record({ heldOn: '2026-01-07' }),
        record({ heldOn: '2026-01-09', attended: false }),
        record({ catalogueItemId: 'visit', component: 'dukungan_keluarga', heldOn: '2026-01-10' }),
        record({ catalogueItemId: 'cbt', heldOn: '2026-01-12' }),
      ],
      '2026-01-14',
    );
    expect(figures.components).toStrictEqual([
      { component: 'dukungan_keluarga', planned: 6, plannedToDate: 0, delivered: 1, lastDeliveredOn: '2026-01-10' },
      { component: 'terapi', planned: 52, plannedToDate: 4, delivered: 3, lastDeliveredOn: '2026-01-12' },
    ]);
    expect(figures.services.find((line) => line.id === 'p1')).toMatchObject({ planned: 52, delivered: 2 });
    expect(figures.unplanned).toStrictEqual([{ catalogueItemId: 'cbt', delivered: 1 }]);
    expect(figures.attendance).toStrictEqual({ attended: 4, missed: 1 });
  });

  test('services before the plan started, or recorded ahead of today, do not count', () => {
    const figures = progressOf(
      plan,
      [tc],
      [record({ heldOn: '2025-12-30' }), record({ heldOn: '2026-02-01' })],
      '2026-01-14',
    );
    expect(figures.components[0]?.delivered).toBe(0);
  });

  test('amounts: quantities planned and delivered', () => {
    const cash: PlannedLine = {
      id: 'cash',
      catalogueItemId: 'cash',
      component: 'bantuan_asistensi_sosial',
      frequency: { count: 1, period: 'total' },
      quantity: 500_000,
    };
    const figures = progressOf(
      plan,
      [cash],
      [record({ catalogueItemId: 'cash', component: 'bantuan_asistensi_sosial', quantity: 300_000 })],
      '2026-06-30',
    );
    expect(figures.services[0]).toMatchObject({ quantityPlanned: 500_000, quantityDelivered: 300_000, delivered: 1 });
  });

  test('counts of 1 to 4 people are suppressed for outside viewers only', () => {
    expect(suppressSmall(3, true)).toBeNull();
    expect(suppressSmall(0, true)).toBe(0);
    expect(suppressSmall(5, true)).toBe(5);
    expect(suppressSmall(3, false)).toBe(3);
  });
});
