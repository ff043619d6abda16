import { describe, expect, test } from 'vitest';
import { formatPeriod, formatRupiah, parseWhole } from './activity-labels';

describe('activity labels', () => {
  test('rupiah, with cents only for small amounts (cost per person)', () => {
    expect(formatRupiah(1_250_000, 'id').replace(/\s/g, ' ')).toBe('Rp 1.250.000');
    expect(formatRupiah(25.5, 'id').replace(/\s/g, ' ')).toBe('Rp 25,5');
    expect(formatRupiah(null, 'id')).toBe('–');
  });

  test('periods of one day or several', () => {
    expect(formatPeriod('2020-11-09', '2020-11-09', 'en')).toBe('9 Nov 2020');
    expect(formatPeriod('2026-03-10', '2026-03-12', 'en')).toBe('10–12 Mar 2026');
    expect(formatPeriod('2026-10-28', '2026-11-01', 'en')).toBe('28 Oct – 1 Nov 2026');
    expect(formatPeriod('2026-12-30', '2027-01-02', 'en')).toBe('30 Dec 2026 – 2 Jan 2027');
  });

  test('whole numbers from inputs', () => {
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('12')).toBe(12);
    expect(parseWhole(3.6)).toBe(4);
    expect(parseWhole('x')).toBeNull();
  });
});
