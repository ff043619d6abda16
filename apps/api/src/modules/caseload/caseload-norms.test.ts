import { describe, expect, test } from 'vitest';
import { professionLoad, workerStatus } from './caseload-norms.js';

describe('caseload against the staffing norm', () => {
  test.each([
    // profession, norm, staff, cases -> required, shortfall, status
    ['pekerja_sosial', 7, 1, 0, 0, 0, 'within_norm'],
    ['pekerja_sosial', 7, 0, 0, 0, 0, 'within_norm'],
    ['pekerja_sosial', 7, 0, 1, 1, 1, 'no_staff'],
    ['pekerja_sosial', 7, 1, 7, 1, 0, 'within_norm'],
    ['pekerja_sosial', 7, 1, 8, 2, 1, 'over_norm'],
    ['pekerja_sosial', 7, 2, 14, 2, 0, 'within_norm'],
    ['pekerja_sosial', 7, 2, 15, 3, 1, 'over_norm'],
    ['konselor_adiksi', 10, 1, 10, 1, 0, 'within_norm'],
    ['konselor_adiksi', 10, 1, 11, 2, 1, 'over_norm'],
    ['konselor_adiksi', 10, 3, 11, 2, 0, 'within_norm'],
  ] as const)(
    '%s, 1 per %i, %i staff, %i cases: %i required, %i short, %s',
    (profession, norm, staff, cases, required, shortfall, status) => {
      const load = professionLoad(profession, norm, staff, cases);
      expect(load).toMatchObject({ profession, norm, staffCount: staff, required, shortfall, status });
    },
  );

  test('clients per staff member is rounded to one decimal, and absent without staff', () => {
    expect(professionLoad('pekerja_sosial', 7, 3, 10).clientsPerStaff).toBe(3.3);
    expect(professionLoad('pekerja_sosial', 7, 0, 10).clientsPerStaff).toBeNull();
  });

  test('a worker is over the norm only above it; without a norm there is no status', () => {
    expect(workerStatus(7, 7)).toBe('within_norm');
    expect(workerStatus(8, 7)).toBe('over_norm');
    expect(workerStatus(0, 10)).toBe('within_norm');
    expect(workerStatus(30, null)).toBeNull();
  });
});
