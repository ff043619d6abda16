import { describe, expect, test } from 'vitest';
import { readStaffFilter, staffFilterQuery } from './staff-filter';

describe('the staff registry filter', () => {
  test('reads what the API accepts from the URL', () => {
    const filter = readStaffFilter(
      new URLSearchParams(
        'institutionId=019a7b9e-4c1d-7a3e-9f00-1234567890ab&role=konselor_adiksi&certificationStatus=none&q=Siti&includeFormer=true',
      ),
    );
    expect(filter).toEqual({
      institutionId: '019a7b9e-4c1d-7a3e-9f00-1234567890ab',
      role: 'konselor_adiksi',
      certificationStatus: 'none',
      q: 'Siti',
      includeFormer: true,
    });
    expect(staffFilterQuery(filter).includeFormer).toBe('true');
  });

  test('drops an id that is not a UUID, an unknown role or status, and a one-letter search', () => {
    expect(readStaffFilter(new URLSearchParams('institutionId=12&role=dokter&certificationStatus=valid&q=S'))).toEqual({
      institutionId: undefined,
      role: undefined,
      certificationStatus: undefined,
      q: undefined,
      includeFormer: undefined,
    });
  });
});
