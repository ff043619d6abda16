import { describe, expect, test } from 'vitest';
import { beneficiarySearchQuery, emptyBeneficiarySearch, looksLikeNik } from './beneficiary-search';

describe('the beneficiary search', () => {
  test('searches by exact NIK when the box holds 16 digits, separators allowed', () => {
    expect(beneficiarySearchQuery({ ...emptyBeneficiarySearch, term: ' 3204 1252 0496 0042 ' })).toEqual({
      nik: '3204125204960042',
      q: undefined,
      regionCode: undefined,
      birthDate: undefined,
    });
  });

  test('searches by name otherwise, with the filters', () => {
    expect(beneficiarySearchQuery({ term: 'Sari', regionCode: '32.04.12', birthDate: '1996-04-12' })).toEqual({
      nik: undefined,
      q: 'Sari',
      regionCode: '32.04.12',
      birthDate: '1996-04-12',
    });
  });

  test('waits for two characters, or for a filter', () => {
    expect(beneficiarySearchQuery(emptyBeneficiarySearch)).toBeNull();
    expect(beneficiarySearchQuery({ ...emptyBeneficiarySearch, term: 'S' })).toBeNull();
    expect(beneficiarySearchQuery({ ...emptyBeneficiarySearch, term: '320412' })).toBeNull();
    expect(beneficiarySearchQuery({ ...emptyBeneficiarySearch, term: '320412', birthDate: '1996-04-12' })).toEqual({
      nik: undefined,
      q: undefined,
      regionCode: undefined,
      birthDate: '1996-04-12',
    });
    expect(beneficiarySearchQuery({ ...emptyBeneficiarySearch, birthDate: '1996-04' })).toBeNull();
    expect(beneficiarySearchQuery({ ...emptyBeneficiarySearch, regionCode: '32.04.12' })).toMatchObject({
      regionCode: '32.04.12',
    });
  });

  test('tells a NIK being typed from a name', () => {
    expect(looksLikeNik('3204')).toBe(true);
    expect(looksLikeNik('Sari')).toBe(false);
    expect(looksLikeNik('')).toBe(false);
  });
});
