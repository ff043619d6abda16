import { describe, expect, test } from 'vitest';
import { auditExportUrl, auditFilterParams, emptyAuditFilter, isUuid, readAuditFilter } from './audit-filter';

describe('the audit filter', () => {
  test('is read from the URL, ignoring what it does not know', () => {
    const filter = readAuditFilter(new URLSearchParams('action=user.create&from=2026-11-01&colour=red'));
    expect(filter).toEqual({ ...emptyAuditFilter, action: 'user.create', from: '2026-11-01' });
  });

  test('leaves empty values out of the URL', () => {
    expect(auditFilterParams({ ...emptyAuditFilter, entityType: ' user ' })).toMatchObject({
      entityType: 'user',
      action: null,
    });
  });

  test('builds the export link with the same filters and no paging', () => {
    const url = auditExportUrl({ ...emptyAuditFilter, action: 'user.create', from: '2026-11-01', to: '2026-11-30' });
    expect(url).toBe('/api/v1/audit-events/export?action=user.create&from=2026-11-01&to=2026-11-30');
  });
});

describe('isUuid', () => {
  test('accepts a UUIDv7 and refuses a name', () => {
    expect(isUuid('019a7b9e-4c1d-7a3e-9f00-1234567890ab')).toBe(true);
    expect(isUuid('admin')).toBe(false);
  });
});
