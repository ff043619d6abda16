import { describe, expect, test } from 'vitest';
import {
  addDays,
  admissionBlock,
  bestStatus,
  daysBetween,
  institutionCertification,
  todayInJakarta,
  validityStatus,
} from './certification-status.js';

describe('dates in WIB', () => {
  test('today turns at midnight Jakarta time, not UTC', () => {
    expect(todayInJakarta(new Date('2026-11-23T16:59:59Z'))).toBe('2026-11-23');
    expect(todayInJakarta(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });
  test('day arithmetic crosses months and leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('validity at the boundaries (expiring window 90 days)', () => {
  const until = '2027-03-31';
  test.each([
    ['2026-12-30', 'active'], // 91 days left
    ['2026-12-31', 'expiring'], // 90 days left: the window opens
    ['2027-03-31', 'expiring'], // the last valid day
    ['2027-04-01', 'expired'], // the day after
  ] as const)('on %s a certificate valid until 2027-03-31 is %s', (today, status) => {
    expect(validityStatus(until, today, 90)).toBe(status);
  });
  test('without an end date it stays active', () => {
    expect(validityStatus(null, '2099-01-01', 90)).toBe('active');
  });
  test('the window is configurable', () => {
    expect(validityStatus(until, '2027-02-28', 30)).toBe('active');
    expect(validityStatus(until, '2027-03-01', 30)).toBe('expiring');
  });
});

describe('institution certification', () => {
  const accreditation = { validFrom: '2024-04-01', validUntil: '2027-03-31' };
  test('null when nothing was ever recorded or nothing has started yet', () => {
    expect(institutionCertification([], [], '2026-11-23', 90)).toStrictEqual({ status: null, validUntil: null });
    expect(
      institutionCertification([{ validFrom: '2027-01-01', validUntil: '2030-01-01' }], [], '2026-11-23', 90).status,
    ).toBeNull();
  });
  test('the accreditation ending last decides; a renewal replaces an expiring one', () => {
    expect(institutionCertification([accreditation], [], '2027-01-15', 90)).toStrictEqual({
      status: 'expiring',
      validUntil: '2027-03-31',
    });
    const renewed = [accreditation, { validFrom: '2027-01-10', validUntil: '2030-01-09' }];
    expect(institutionCertification(renewed, [], '2027-01-15', 90)).toStrictEqual({
      status: 'active',
      validUntil: '2030-01-09',
    });
    expect(institutionCertification([accreditation], [], '2027-04-01', 90).status).toBe('expired');
  });
  test('a suspension wins from its first day until the day it is lifted', () => {
    const suspension = { suspendedOn: '2026-06-01', liftedOn: '2026-07-01' };
    expect(institutionCertification([accreditation], [suspension], '2026-05-31', 90).status).toBe('active');
    expect(institutionCertification([accreditation], [suspension], '2026-06-01', 90).status).toBe('suspended');
    expect(institutionCertification([accreditation], [suspension], '2026-06-30', 90).status).toBe('suspended');
    expect(institutionCertification([accreditation], [suspension], '2026-07-01', 90).status).toBe('active');
    expect(institutionCertification([], [{ suspendedOn: '2026-01-01', liftedOn: null }], '2026-11-23', 90).status).toBe(
      'suspended',
    );
  });
});

describe('who may admit new cases', () => {
  test.each([
    ['ipwl', 'active', null, null],
    ['ipwl', 'expiring', null, null],
    ['ipwl', 'expired', null, 'certification_expired'],
    ['ipwl', 'suspended', null, 'suspended'],
    ['ipwl', null, null, 'not_certified'],
    ['balai', null, null, null],
    ['balai', 'suspended', null, 'suspended'],
    ['balai', null, '2026-11-23', 'closed'],
    ['balai', null, '2026-11-24', null],
  ] as const)('%s with certification %s, closed %s: %s', (type, status, closedOn, expected) => {
    expect(admissionBlock(type, status, closedOn, '2026-11-23')).toBe(expected);
  });
});

test('the best status of several certificates', () => {
  expect(bestStatus([])).toBeNull();
  expect(bestStatus(['expired', 'expiring'])).toBe('expiring');
  expect(bestStatus(['expired', 'active', 'expiring'])).toBe('active');
});
