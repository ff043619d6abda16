import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { composeNik, maskNik, nikProblem, parseNik } from './nik.js';

const date = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));
const sex = fc.constantFrom<'M' | 'F'>('M', 'F');
const district = fc
  .tuple(fc.integer({ min: 11, max: 94 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }))
  .map((parts) => parts.map((part) => String(part).padStart(2, '0')).join('.'));
const serial = fc.integer({ min: 1, max: 9999 }).map((value) => String(value).padStart(4, '0'));

describe('NIK', () => {
  test('a NIK built from a person is valid for that person, and parses back to them (property)', () => {
    fc.assert(
      fc.property(district, sex, date, serial, (code, who, birthDate, number) => {
        const nik = composeNik(code, who, birthDate, number);
        expect(nik).toMatch(/^\d{16}$/);
        expect(nikProblem(nik, { sex: who, birthDate })).toBeNull();
        const parsed = parseNik(nik);
        expect(parsed.ok && parsed.parts.districtCode).toBe(code);
        expect(parsed.ok && parsed.parts.sex).toBe(who);
      }),
    );
  });

  test('the other sex, or any other birth date, is refused (property)', () => {
    fc.assert(
      fc.property(district, sex, date, date, serial, (code, who, birthDate, otherDate, number) => {
        const nik = composeNik(code, who, birthDate, number);
        expect(nikProblem(nik, { sex: who === 'M' ? 'F' : 'M', birthDate })).toBe('nik.sex_mismatch');
        // Dates equal in day, month and the last two digits of the year cannot be told apart by a NIK.
        if (otherDate.slice(2) !== birthDate.slice(2)) {
          expect(nikProblem(nik, { sex: who, birthDate: otherDate })).toBe('nik.birth_date_mismatch');
        }
      }),
    );
  });

  test('any string that is not 16 digits is a format problem (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((value) => !/^\d{16}$/.test(value)),
        (value) => {
          expect(nikProblem(value, { sex: 'M', birthDate: '1990-01-01' })).toBe('nik.format');
        },
      ),
    );
  });

  test.each([
    ['3204124501900001', 'F', '1990-01-05', null],
    ['3204120501900001', 'M', '1990-01-05', null],
    ['3204120501900000', 'M', '1990-01-05', 'nik.serial'],
    ['3204123201900001', 'M', '1990-01-32', 'nik.date'],
    ['3204127201900001', 'F', '1990-01-32', 'nik.date'],
    ['3204120013900001', 'M', '1990-13-00', 'nik.date'],
    ['3204122902010001', 'M', '2001-02-29', 'nik.date'],
    ['3204122902000001', 'M', '2000-02-29', null],
    ['3204126902000001', 'F', '2000-02-29', null],
    ['3204120501900001', 'F', '1990-01-05', 'nik.sex_mismatch'],
    ['3204120501900001', 'M', '1990-01-06', 'nik.birth_date_mismatch'],
    ['3204120501900001', 'M', '1890-01-05', null],
    ['320412050190000', 'M', '1990-01-05', 'nik.format'],
    ['32.04.12.050190.0001', 'M', '1990-01-05', 'nik.format'],
  ] as const)('%s for %s born %s: %s', (nik, who, birthDate, problem) => {
    expect(nikProblem(nik, { sex: who, birthDate })).toBe(problem);
  });

  test('only the last four digits are shown', () => {
    expect(maskNik('3204120501900001')).toBe('••••••••••••0001');
  });
});
