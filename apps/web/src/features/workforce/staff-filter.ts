import { StaffCertificationStatus, StaffRole } from '@atensi/contracts';
import type { QueryValue } from '../../lib/api';

export type StaffCertificationFilter = StaffCertificationStatus | 'none';

export const staffCertificationFilters: readonly StaffCertificationFilter[] = [
  ...StaffCertificationStatus.options,
  'none',
];

/** The staff registry's filters, as they live in the URL. */
export interface StaffFilter {
  institutionId?: string | undefined;
  role?: StaffRole | undefined;
  certificationStatus?: StaffCertificationFilter | undefined;
  q?: string | undefined;
  includeFormer?: boolean | undefined;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isStaffRole(value: unknown): value is StaffRole {
  return StaffRole.safeParse(value).success;
}

function isStaffCertificationFilter(value: unknown): value is StaffCertificationFilter {
  return typeof value === 'string' && (staffCertificationFilters as readonly string[]).includes(value);
}

/** Reads the filters from the URL, dropping any value the API would refuse. */
export function readStaffFilter(params: URLSearchParams): StaffFilter {
  const institutionId = params.get('institutionId') ?? '';
  const role = params.get('role');
  const certificationStatus = params.get('certificationStatus');
  const q = params.get('q')?.trim() ?? '';
  return {
    institutionId: uuidPattern.test(institutionId) ? institutionId : undefined,
    role: isStaffRole(role) ? role : undefined,
    certificationStatus: isStaffCertificationFilter(certificationStatus) ? certificationStatus : undefined,
    q: q.length >= 2 ? q : undefined,
    includeFormer: params.get('includeFormer') === 'true' ? true : undefined,
  };
}

export function staffFilterQuery(filter: StaffFilter): Record<string, QueryValue> {
  return {
    institutionId: filter.institutionId,
    role: filter.role,
    certificationStatus: filter.certificationStatus,
    q: filter.q,
    includeFormer: filter.includeFormer ? 'true' : undefined,
  };
}
