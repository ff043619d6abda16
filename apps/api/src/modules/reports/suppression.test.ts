import { describe, expect, test } from 'vitest';
import { monthPeriod, suppress } from './suppression.js';

describe('report rules', () => {
  test.each([
    [0, 0],
    [1, null],
    [4, null],
    [5, 5],
    [1200, 1200],
  ])('a count of %i is shown as %s', (count, shown) => {
    expect(suppress(count)).toBe(shown);
  });

  test('a period of months is half-open, across the year end', () => {
    expect(monthPeriod('2026-01', '2026-03')).toStrictEqual({ start: '2026-01-01', end: '2026-04-01' });
    expect(monthPeriod('2025-11', '2025-12')).toStrictEqual({ start: '2025-11-01', end: '2026-01-01' });
  });
});
