import { can, PERMISSION_NAMES, PERMISSIONS, ROLE_DEFINITIONS, ROLES } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import { passwordProblem } from './password.js';
import { csrfTokenFor, decryptSecret, encryptSecret, sha256Hex } from './secrets.js';
import { BASE_LOCK_MS, lockDurationMs, MAX_LOCK_MS } from './throttle.js';
import { newTotpSecret, totpCodeAt, verifyTotp } from './totp.js';

describe('login backoff', () => {
  test('nothing below the threshold, then 30 s doubling up to an hour', () => {
    expect(lockDurationMs(4, 5)).toBe(0);
    expect(lockDurationMs(5, 5)).toBe(BASE_LOCK_MS);
    expect(lockDurationMs(6, 5)).toBe(2 * BASE_LOCK_MS);
    expect(lockDurationMs(9, 5)).toBe(16 * BASE_LOCK_MS);
    expect(lockDurationMs(12, 5)).toBe(MAX_LOCK_MS);
    expect(lockDurationMs(10_000, 5)).toBe(MAX_LOCK_MS);
  });
});

describe('password rules (NIST 800-63B)', () => {
  test.each([
    ['pendek', 'password.too_short'],
    ['x'.repeat(257), 'password.too_long'],
    ['1234567890', 'password.common'],
    ['Password123', 'password.common'],
    ['indonesia123', 'password.common'],
    ['sunshine2026!', 'password.common'],
    ['zzzzzzzzzzzz', 'password.common'],
    ['budi.santoso-99', 'password.contains_name'],
    ['Rahayu-bahagia-selalu', 'password.contains_name'],
  ])('%s is refused (%s)', (password, problem) => {
    expect(passwordProblem(password, { username: 'budi.santoso', displayName: 'Siti Rahayu' })).toBe(problem);
  });

  test.each(['kopi tubruk pagi hari', 'correct horse battery staple', 'Tr0ub4dor&3xyz'])(
    '%s is accepted',
    (password) => {
      expect(passwordProblem(password, { username: 'budi.santoso', displayName: 'Siti Rahayu' })).toBeNull();
    },
  );
});

describe('TOTP (RFC 6238) with a fixed clock', () => {
  const secret = newTotpSecret();
  const t0 = Date.UTC(2026, 10, 23, 8, 0, 15);

  test('accepts the current step and one either side, and returns the matched step', () => {
    const step = Math.floor(t0 / 30_000);
    expect(verifyTotp(secret, totpCodeAt(secret, t0), null, t0)).toBe(step);
    expect(verifyTotp(secret, totpCodeAt(secret, t0 - 30_000), null, t0)).toBe(step - 1);
    expect(verifyTotp(secret, totpCodeAt(secret, t0 + 30_000), null, t0)).toBe(step + 1);
    expect(verifyTotp(secret, totpCodeAt(secret, t0 - 90_000), null, t0)).toBeNull();
  });

  test('refuses a code of a step already used (replay)', () => {
    const step = Math.floor(t0 / 30_000);
    expect(verifyTotp(secret, totpCodeAt(secret, t0), step, t0)).toBeNull();
    expect(verifyTotp(secret, totpCodeAt(secret, t0 + 30_000), step, t0)).toBe(step + 1);
  });
});

describe('secrets', () => {
  const key = 'k'.repeat(40);
  test('a sealed TOTP secret opens with the same key only, and tampering is detected', () => {
    const sealed = encryptSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(key, sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => decryptSecret('z'.repeat(40), sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = `${parts[3]?.slice(0, -2)}AA`;
    expect(() => decryptSecret(key, parts.join('.'))).toThrow();
  });

  test('the CSRF token is bound to the session and the secret', () => {
    expect(csrfTokenFor(key, 'a')).toBe(csrfTokenFor(key, 'a'));
    expect(csrfTokenFor(key, 'a')).not.toBe(csrfTokenFor(key, 'b'));
    expect(csrfTokenFor(key, 'a')).not.toBe(csrfTokenFor('z'.repeat(40), 'a'));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('the permission matrix', () => {
  test('admin manages users; inspektorat reads the audit log; nobody else does either', () => {
    expect(ROLES.filter((role) => can(role, 'users:manage'))).toStrictEqual(['admin']);
    expect(ROLES.filter((role) => can(role, 'audit:read'))).toStrictEqual(['admin', 'inspektorat']);
  });

  test('every permission names known roles and has both languages', () => {
    for (const permission of PERMISSION_NAMES) {
      for (const role of PERMISSIONS[permission].roles) expect(ROLES).toContain(role);
      expect(PERMISSIONS[permission].description.id.length).toBeGreaterThan(0);
      expect(PERMISSIONS[permission].description.en.length).toBeGreaterThan(0);
    }
  });

  test('institution roles need an institution, national roles reach every institution', () => {
    for (const role of ROLES) {
      const definition = ROLE_DEFINITIONS[role];
      expect(definition.needsInstitution).toBe(definition.reach !== 'national');
    }
  });
});
