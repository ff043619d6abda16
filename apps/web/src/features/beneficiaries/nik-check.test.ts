import { composeNik } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import { ageOn, birthDateFromNik, liveNikProblem, normaliseNik, sexFromNik } from './nik-check';

// Synthetic numbers only (composeNik), never a real person's.
const woman1996 = composeNik('32.04.12', 'F', '1996-04-12', '0042');
const boy2010 = composeNik('31.75.09', 'M', '2010-01-05', '0007');

describe('reading a NIK as it is typed', () => {
  test('drops spaces, dots and dashes', () => {
    expect(normaliseNik('3204 1252-0496.0042')).toBe('3204125204960042');
  });

  test('reads the sex and the birth date, choosing 19xx when 20xx would be in the future', () => {
    expect(sexFromNik(woman1996)).toBe('F');
    expect(birthDateFromNik(woman1996, '2026-11-23')).toBe('1996-04-12');
    expect(sexFromNik(boy2010)).toBe('M');
    expect(birthDateFromNik(boy2010, '2026-11-23')).toBe('2010-01-05');
    // Born on 5 January of a year ending in 10, seen on 4 January 2010: not yet born in 2010, so 1910.
    expect(birthDateFromNik(boy2010, '2010-01-04')).toBe('1910-01-05');
    expect(birthDateFromNik('1234', '2026-11-23')).toBeNull();
  });

  test('says nothing while the number is still being typed, and names the problem once it is whole', () => {
    const nothingEntered = { sex: null, birthDate: '' };
    expect(liveNikProblem('', nothingEntered, true)).toBeNull();
    expect(liveNikProblem('320412', nothingEntered, false)).toBeNull();
    expect(liveNikProblem('320412', nothingEntered, true)).toBe('nik.format');
    expect(liveNikProblem('3204x2', nothingEntered, false)).toBe('nik.format');
    expect(liveNikProblem(`${woman1996}1`, nothingEntered, false)).toBe('nik.format');
    expect(liveNikProblem('3204125204960000', nothingEntered, false)).toBe('nik.serial');
    expect(liveNikProblem('3204129904960042', nothingEntered, false)).toBe('nik.date');
    expect(liveNikProblem(woman1996, nothingEntered, false)).toBeNull();
  });

  test('checks the NIK against the sex and birth date once both are filled', () => {
    expect(liveNikProblem(woman1996, { sex: 'F', birthDate: '1996-04-13' }, false)).toBe('nik.birth_date_mismatch');
    expect(liveNikProblem(woman1996, { sex: 'M', birthDate: '1996-04-12' }, false)).toBe('nik.sex_mismatch');
    expect(liveNikProblem(woman1996, { sex: 'F', birthDate: '1996-04-12' }, false)).toBeNull();
    expect(liveNikProblem(woman1996, { sex: 'F', birthDate: '' }, false)).toBeNull();
  });
});

describe('age', () => {
  test('counts whole years, the birthday included', () => {
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('', '2026-11-23')).toBeNull();
  });
});
