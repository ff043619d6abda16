import { describe, expect, test } from 'vitest';
import { institutionExportUrl, readInstitutionFilter } from './institution-filter';

describe('the directory filter', () => {
  test('reads the filters the API accepts from the URL', () => {
    const params = new URLSearchParams(
      'type=ipwl&q=Sinar&provinceCode=31&certificationStatus=expired&includeInactive=true',
    );
    expect(readInstitutionFilter(params)).toEqual({
      type: 'ipwl',
      q: 'Sinar',
      provinceCode: '31',
      certificationStatus: 'expired',
      includeInactive: true,
    });
  });

  test('drops values the API would refuse: unknown type or status, a one-letter search, a regency code', () => {
    const params = new URLSearchParams('type=rumah_sakit&q=S&provinceCode=31.75&certificationStatus=valid');
    expect(readInstitutionFilter(params)).toEqual({
      type: undefined,
      q: undefined,
      provinceCode: undefined,
      certificationStatus: undefined,
      includeInactive: undefined,
    });
  });

  test('the export link carries the same filters and the format', () => {
    expect(institutionExportUrl({ certificationStatus: 'none', provinceCode: '32' }, 'xlsx')).toBe(
      '/api/v1/institutions/export?provinceCode=32&certificationStatus=none&format=xlsx',
    );
    expect(institutionExportUrl({}, 'csv')).toBe('/api/v1/institutions/export?format=csv');
  });
});
