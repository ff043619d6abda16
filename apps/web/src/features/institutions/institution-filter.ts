import { CertificationStatus, InstitutionType } from '@atensi/contracts';
import { buildUrl, type QueryValue } from '../../lib/api';

/** `none`: institutions without any accreditation recorded. */
export type CertificationFilter = CertificationStatus | 'none';

export const certificationFilters: readonly CertificationFilter[] = [...CertificationStatus.options, 'none'];

/** The directory's filters, as they live in the URL. */
export interface InstitutionFilter {
  type?: InstitutionType | undefined;
  q?: string | undefined;
  provinceCode?: string | undefined;
  certificationStatus?: CertificationFilter | undefined;
  includeInactive?: boolean | undefined;
}

/** The API asks for at least 2 characters; a shorter search is not sent. */
export const minSearchLength = 2;

export function isInstitutionType(value: unknown): value is InstitutionType {
  return InstitutionType.safeParse(value).success;
}

export function isCertificationFilter(value: unknown): value is CertificationFilter {
  return typeof value === 'string' && (certificationFilters as readonly string[]).includes(value);
}

/** Reads the filters from the URL, dropping any value the API would refuse. */
export function readInstitutionFilter(params: URLSearchParams): InstitutionFilter {
  const type = params.get('type');
  const q = params.get('q')?.trim() ?? '';
  const provinceCode = params.get('provinceCode') ?? '';
  const certificationStatus = params.get('certificationStatus');
  return {
    type: isInstitutionType(type) ? type : undefined,
    q: q.length >= minSearchLength ? q : undefined,
    provinceCode: /^\d{2}$/.test(provinceCode) ? provinceCode : undefined,
    certificationStatus: isCertificationFilter(certificationStatus) ? certificationStatus : undefined,
    includeInactive: params.get('includeInactive') === 'true' ? true : undefined,
  };
}

/** The filter as the API's query (also the export's): empty ones left out. */
export function institutionFilterQuery(filter: InstitutionFilter): Record<string, QueryValue> {
  return {
    type: filter.type,
    q: filter.q,
    provinceCode: filter.provinceCode,
    certificationStatus: filter.certificationStatus,
    includeInactive: filter.includeInactive ? 'true' : undefined,
  };
}

/** The directory as a file, with the same filters: a plain link, so the browser saves what the API names. */
export function institutionExportUrl(filter: InstitutionFilter, format: 'csv' | 'xlsx'): string {
  return buildUrl('/api/v1', '/institutions/export', { ...institutionFilterQuery(filter), format });
}
