import type { AuditEventExportQuery } from '@atensi/contracts';
import { buildUrl } from '../../lib/api';

/** The audit log's filters, as they live in the URL: each one optional, dates as `YYYY-MM-DD` (Jakarta days). */
export type AuditFilter = { [Key in keyof AuditEventExportQuery]-?: string };

export const auditFilterKeys = [
  'actorId',
  'entityType',
  'entityId',
  'action',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilter)[];

/** The actions the API records, offered as suggestions in the filter (any other text is accepted too). */
export const knownAuditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'user.reset_password',
  'user.reset_totp',
  'account.change_password',
  'account.totp_setup',
  'account.totp_enable',
  'account.totp_disable',
  'token.create',
  'token.revoke',
  'audit.read',
  'audit.export',
];

export const emptyAuditFilter: AuditFilter = {
  actorId: '',
  entityType: '',
  entityId: '',
  action: '',
  from: '',
  to: '',
};

export function readAuditFilter(params: URLSearchParams): AuditFilter {
  const filter = { ...emptyAuditFilter };
  for (const key of auditFilterKeys) filter[key] = params.get(key)?.trim() ?? '';
  return filter;
}

/** The filter as URL parameters; empty ones are left out. */
export function auditFilterParams(filter: AuditFilter): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  for (const key of auditFilterKeys) params[key] = filter[key].trim() === '' ? null : filter[key].trim();
  return params;
}

/** The CSV download of the same events: a plain link, so the browser saves what the API names in its header. */
export function auditExportUrl(filter: AuditFilter): string {
  return buildUrl('/api/v1', '/audit-events/export', auditFilterParams(filter));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
