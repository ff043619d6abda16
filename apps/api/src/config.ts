import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROLES, type Role } from '@atensi/contracts';
import { z } from 'zod';
import { FieldCipher, type KeyRing, KeyRingError, newDataKey, parseDataKeys } from './platform/crypto/field-cipher.js';

/** The documented demo-only password of the demo users (`atensi seed --demo`); never for real data. */
export const DEMO_PASSWORD = 'atensi-demo-2026';

/**
 * The only reader of `process.env`. Everything the API needs from its environment is parsed here, once, and
 * a bad value stops the process with a list of every problem rather than failing later at first use.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ATENSI_DATA_DIR: z.string().min(1).default('./.atensi/data'),
  ATENSI_WEB_DIR: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TOTP_REQUIRED_ROLES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((role) => role.trim())
        .filter((role) => role !== ''),
    )
    .pipe(z.array(z.enum(ROLES, { error: `must be a comma-separated list of: ${ROLES.join(', ')}` }))),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(10_000).default(5),
  ATENSI_DATA_KEYS: z.string().min(1).optional(),
  ATENSI_INDEX_KEY: z.string().min(1).optional(),
  REFERRAL_RESPONSE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  AFTERCARE_MONTHS: z
    .string()
    .default('1,3,6,12')
    .transform((value) => value.split(',').map((month) => Number(month.trim())))
    .pipe(z.array(z.number().int().min(1).max(60)).min(1).max(12)),
  CERTIFICATION_EXPIRING_DAYS: z.coerce.number().int().min(1).max(730).default(90),
  CASELOAD_CLIENTS_PER_SOCIAL_WORKER: z.coerce.number().int().min(1).max(100).default(7),
  CASELOAD_CLIENTS_PER_COUNSELLOR: z.coerce.number().int().min(1).max(100).default(10),
  ATENSI_DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(500).default(20),
  ATENSI_DEMO_PASSWORD: z.string().min(10, { error: 'must be at least 10 characters' }).default(DEMO_PASSWORD),
  ATENSI_BENCH_FLOOR: z
    .enum(['0', '1'])
    .default('0')
    .transform((value) => value === '1'),
});

export type CareSettings = { referralResponseDays: number; aftercareMonths: number[] };

/** What sign-in and sessions need from the configuration. */
export type AuthConfig = {
  sessionSecret: string;
  idleTimeoutMinutes: number;
  absoluteTimeoutHours: number;
  /** `auto`: Secure when the request came over HTTPS (behind a proxy: set TRUST_PROXY). */
  cookieSecure: 'auto' | boolean;
  totpRequiredRoles: Role[];
  maxFailuresPerUser: number;
  maxFailuresPerIp: number;
};

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };
  dataDir: string;
  webDir: string | undefined;
  auth: AuthConfig;
  /** Keys of field encryption and the blind index (ADR 0007). */
  keyRing: KeyRing;
  /** The generated key file, when the keys do not come from the environment. */
  keyFile: string | null;
  /** Case work: the days a receiver has to answer a referral, and the aftercare schedule in months. */
  care: CareSettings;
  /** Certifications count as `expiring` this many days before their last valid day. */
  certificationExpiringDays: number;
  /** Clients per worker of each normed profession (staffing norm of 2015: 7 per social worker, 10 per counsellor). */
  caseloadNorms: { pekerja_sosial: number; konselor_adiksi: number };
  /** Uploaded documents: kept under `<data dir>/files`, at most this many bytes each. */
  documents: { dir: string; maxBytes: number };
  demoPassword: string;
  /** Benchmark servers only: registers the floor routes of ADR 0012 (`ATENSI_BENCH_FLOOR=1`). */
  benchFloor: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment (defaults to `process.env`); throws `ConfigError` listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const dataDir = resolve(values.ATENSI_DATA_DIR);
  if (
    values.NODE_ENV === 'production' &&
    values.DATABASE_URL &&
    (!values.ATENSI_DATA_KEYS || !values.ATENSI_INDEX_KEY)
  ) {
    throw new ConfigError([
      'ATENSI_DATA_KEYS and ATENSI_INDEX_KEY are required in production on PostgreSQL: every API process must share them',
    ]);
  }
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL, poolSize: values.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
    dataDir,
    webDir: values.ATENSI_WEB_DIR ? resolve(values.ATENSI_WEB_DIR) : undefined,
    auth: {
      sessionSecret: values.SESSION_SECRET ?? readOrCreateSessionSecret(dataDir),
      idleTimeoutMinutes: values.SESSION_IDLE_MINUTES,
      absoluteTimeoutHours: values.SESSION_ABSOLUTE_HOURS,
      cookieSecure: values.COOKIE_SECURE === 'auto' ? 'auto' : values.COOKIE_SECURE === 'true',
      totpRequiredRoles: values.TOTP_REQUIRED_ROLES,
      maxFailuresPerUser: values.LOGIN_MAX_FAILURES,
      maxFailuresPerIp: values.LOGIN_MAX_FAILURES_PER_IP,
    },
    keyRing: keyRingOf(values, dataDir),
    keyFile: values.ATENSI_DATA_KEYS ? null : join(dataDir, 'field-keys.json'),
    care: { referralResponseDays: values.REFERRAL_RESPONSE_DAYS, aftercareMonths: values.AFTERCARE_MONTHS },
    certificationExpiringDays: values.CERTIFICATION_EXPIRING_DAYS,
    caseloadNorms: {
      pekerja_sosial: values.CASELOAD_CLIENTS_PER_SOCIAL_WORKER,
      konselor_adiksi: values.CASELOAD_CLIENTS_PER_COUNSELLOR,
    },
    documents: { dir: join(dataDir, 'files'), maxBytes: values.ATENSI_DOCUMENT_MAX_MB * 1024 * 1024 },
    demoPassword: values.ATENSI_DEMO_PASSWORD,
    benchFloor: values.ATENSI_BENCH_FLOOR,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
  };
}

/**
 * A secret generated on first start and kept in the data dir (mode 0600), so a single-machine install needs no
 * setup. Several API processes behind a load balancer must share one: set SESSION_SECRET there.
 */
function readOrCreateSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The field-encryption keys: from ATENSI_DATA_KEYS and ATENSI_INDEX_KEY when set, otherwise generated on first
 * start into `<data dir>/field-keys.json` (mode 0600) so a single-machine install needs no setup. Losing them makes
 * every NIK, phone, address and note unreadable: back the file up with the database.
 */
function keyRingOf(values: z.infer<typeof EnvSchema>, dataDir: string): KeyRing {
  try {
    if (values.ATENSI_DATA_KEYS || values.ATENSI_INDEX_KEY) {
      if (!values.ATENSI_DATA_KEYS || !values.ATENSI_INDEX_KEY) {
        throw new KeyRingError('set both ATENSI_DATA_KEYS and ATENSI_INDEX_KEY, or neither');
      }
      const ring = {
        dataKeys: parseDataKeys(values.ATENSI_DATA_KEYS),
        indexKey: Buffer.from(values.ATENSI_INDEX_KEY, 'base64'),
      };
      new FieldCipher(ring);
      return ring;
    }
    return readOrCreateKeyFile(join(dataDir, 'field-keys.json'));
  } catch (error) {
    if (error instanceof KeyRingError) throw new ConfigError([`field encryption keys: ${error.message}`]);
    throw error;
  }
}

type KeyFile = { dataKeys: { id: string; key: string }[]; indexKey: string };

export function readOrCreateKeyFile(file: string): KeyRing {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    const ring = {
      dataKeys: stored.dataKeys.map(({ id, key }) => ({ id, key: Buffer.from(key, 'base64') })),
      indexKey: Buffer.from(stored.indexKey, 'base64'),
    };
    new FieldCipher(ring);
    return ring;
  }
  const ring = { dataKeys: [newDataKey('k1')], indexKey: randomBytes(32) };
  writeKeyFile(file, ring);
  return ring;
}

export function writeKeyFile(file: string, ring: KeyRing): void {
  mkdirSync(dirname(file), { recursive: true });
  const stored: KeyFile = {
    dataKeys: ring.dataKeys.map(({ id, key }) => ({ id, key: key.toString('base64') })),
    indexKey: ring.indexKey.toString('base64'),
  };
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
}
