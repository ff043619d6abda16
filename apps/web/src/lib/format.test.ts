import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, todayInJakarta } from './format';

describe('formatDateTime', () => {
  test('shows the time in Jakarta (UTC+7), whatever the machine time zone', () => {
    // 20:30 UTC is 03:30 the next day in Jakarta.
    const text = formatDateTime('2026-11-23T20:30:05Z', 'en', { withSeconds: true });
    expect(text).toContain('24 Nov 2026');
    expect(text).toContain('03:30:05');
  });

  test('speaks Indonesian by default', () => {
    expect(formatDateTime('2026-08-17T03:00:00Z', 'id')).toMatch(/17 Agu 2026/);
  });

  test('gives back a value it cannot read', () => {
    expect(formatDateTime('not a date', 'id')).toBe('not a date');
    expect(formatDate('', 'en')).toBe('');
  });
});

describe('todayInJakarta', () => {
  test('is already tomorrow in Jakarta from 17:00 UTC', () => {
    expect(todayInJakarta(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
    expect(todayInJakarta(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });

  test('a calendar date is shown as the same day', () => {
    expect(formatDate('2026-04-01', 'en')).toBe('1 Apr 2026');
  });
});
