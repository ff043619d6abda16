import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@atensi/contracts';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { MessageKey } from '../../platform/http/messages.js';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane (about 50 ms here).
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which verbatimModuleSyntax cannot import).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the username does not exist, so a miss takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('atensi-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

// zxcvbn-ts's list of ~49,000 common passwords, plus words every Indonesian attacker tries first.
const LOCAL_COMMON = [
  'indonesia',
  'indonesia1',
  'indonesia123',
  'bismillah',
  'bismillah123',
  'kemensos',
  'kemensos123',
  'rehabilitasi',
  'atensi',
  'atensi123',
  'jakarta123',
  'merdeka45',
  'sayangkamu',
  'rahasia123',
  'katasandi',
  'katasandi123',
  'password123',
  'qwertyuiop',
  '1234567890',
  '0987654321',
];
const COMMON_PASSWORDS = new Set<string>([...dictionary['passwords-common'], ...LOCAL_COMMON]);

/**
 * NIST SP 800-63B: length (10 to 256), not a known common password, not built from the account's own name,
 * not one character repeated; no composition rules. Returns the message key of the first problem, or null.
 */
export function passwordProblem(
  password: string,
  context: { username?: string; displayName?: string },
): MessageKey | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'password.too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'password.too_long';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/[\d!@#$%^&*.]+$/, ''))) {
    return 'password.common';
  }
  if (/^(.)\1+$/.test(password)) return 'password.common';
  const names = [context.username, ...(context.displayName?.split(/\s+/) ?? [])]
    .map((name) => name?.toLowerCase().trim() ?? '')
    .filter((name) => name.length >= 4);
  if (names.some((name) => lower.includes(name))) return 'password.contains_name';
  return null;
}
