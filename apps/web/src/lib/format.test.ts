import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime } from './format';

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
