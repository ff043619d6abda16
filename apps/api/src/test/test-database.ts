import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import type { AuthConfig } from '../config.js';
import type { CaseloadNorms } from '../modules/caseload/index.js';
import type { KeyRing } from '../platform/crypto/field-cipher.js';
import { type Database, openDatabase } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';

export const testDatabaseKind = process.env.ATENSI_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** A database for one test file: a fresh in-memory copy of the PGlite template, or the shared PostgreSQL one. */
export async function createTestDatabase(): Promise<Database> {
  if (testDatabaseKind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    return openDatabase({ kind: 'postgres', url, poolSize: 4 });
  }
  const template = readFileSync(inject('pgliteTemplate'));
  return openDatabase({ kind: 'pglite', loadDataDir: new Blob([template]) });
}

/** Sign-in settings for tests: the product's defaults, a fixed secret, and overrides per test. */
export function testAuthConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    sessionSecret: 'test-session-secret-0123456789abcdef-0123456789',
    idleTimeoutMinutes: 30,
    absoluteTimeoutHours: 12,
    cookieSecure: 'auto',
    totpRequiredRoles: [],
    maxFailuresPerUser: 5,
    maxFailuresPerIp: 5,
    ...overrides,
  };
}

/** Fixed field-encryption keys for tests (never used outside them). */
export function testKeyRing(): KeyRing {
  return {
    dataKeys: [{ id: 't1', key: Buffer.alloc(32, 7) }],
    indexKey: Buffer.alloc(32, 9),
  };
}

export type TestApp = { app: FastifyInstance; database: Database; close(): Promise<void> };

/** The real application on a test database, for `app.inject()`; `configure` may add routes before it is ready. */
export async function buildTestApp(
  configure?: (app: FastifyInstance, database: Database) => Promise<void>,
  options: { auth?: Partial<AuthConfig>; clock?: () => Date; caseloadNorms?: CaseloadNorms } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({
    database,
    logLevel: 'silent',
    webDir: null,
    auth: testAuthConfig(options.auth),
    keyRing: testKeyRing(),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.caseloadNorms ? { caseloadNorms: options.caseloadNorms } : {}),
  });
  await configure?.(app, database);
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A string no other test uses, for data that must not collide on a shared database. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

// The template's path, provided by global-setup.pglite.ts.
declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * A database of one's own, for tests that break things on purpose (tampering with the audit trail) or need an
 * empty one: a fresh in-memory PGlite (from the template when `migrated`), or a new database on the PostgreSQL
 * server, dropped afterwards.
 */
export async function createScratchDatabase(options: {
  migrated: boolean;
}): Promise<{ database: Database; drop(): Promise<void> }> {
  if (testDatabaseKind === 'pglite') {
    const database = options.migrated ? await createTestDatabase() : await openDatabase({ kind: 'pglite' });
    return { database, drop: () => database.close() };
  }
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  const name = `atensi_scratch_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = await openDatabase({ kind: 'postgres', url: url.href, poolSize: 1 });
  await admin.withSession((session) => session.exec(`CREATE DATABASE ${name}`));
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.href, poolSize: 2 });
  if (options.migrated) await migrate(database);
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.withSession((session) => session.exec(`DROP DATABASE ${name}`));
      await admin.close();
    },
  };
}
