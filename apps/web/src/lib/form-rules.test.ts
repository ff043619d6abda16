import { describe, expect, test } from 'vitest';
import { isEmail, isInstitutionCode, isNik, isPhone, isRegionCode } from './form-rules';

describe('the form rules', () => {
  test('phone numbers as written in Indonesia', () => {
    expect(isPhone('+62 21 8400 1234')).toBe(true);
    expect(isPhone('(021) 840-0123')).toBe(true);
    expect(isPhone('12345')).toBe(false);
    expect(isPhone('0812 abc')).toBe(false);
  });

  test('region codes with or without dots, at every level', () => {
    for (const code of ['31', '31.75', '31.75.01', '31.75.01.1001', '3175011001'])
      expect(isRegionCode(code)).toBe(true);
    for (const code of ['3', '31.7', 'Jakarta', '31.75.01.100']) expect(isRegionCode(code)).toBe(false);
  });

  test('institution codes are upper-cased before the check', () => {
    expect(isInstitutionCode('ipwl-sinar-pemulihan')).toBe(true);
    expect(isInstitutionCode('-IPWL')).toBe(false);
    expect(isInstitutionCode('IPWL SINAR')).toBe(false);
  });

  test('a NIK is 16 digits, an email has a domain', () => {
    expect(isNik('3175012345678901')).toBe(true);
    expect(isNik('317501234567890')).toBe(false);
    expect(isEmail('ipwl@example.org')).toBe(true);
    expect(isEmail('ipwl@example')).toBe(false);
  });
});
