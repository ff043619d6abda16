import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../platform/db/database.js';
import { buildUser, TEST_ADDRESS } from '../../test/builders.js';
import { createTestDatabase, testAuthConfig, testDatabaseKind, testKeyRing } from '../../test/test-database.js';

// Sign-in with the most talkative log level, reading every line the API writes.
let database: Database;
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    database,
    logLevel: 'trace',
    webDir: null,
    auth: testAuthConfig(),
    keyRing: testKeyRing(),
    logStream: { write: (line: string) => void lines.push(line) },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe(`logs on ${testDatabaseKind}`, () => {
  test('passwords, session cookies, CSRF and API tokens never reach the log, even at trace level', async () => {
    const user = await buildUser(database.db);
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: 'kata-sandi-yang-keliru' },
      remoteAddress: TEST_ADDRESS,
    });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password },
      remoteAddress: TEST_ADDRESS,
    });
    const cookie = String(ok.headers['set-cookie']).split(';')[0] ?? '';
    const csrf = ok.json().csrfToken as string;
    const token = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'log' },
      headers: { cookie, 'x-csrf-token': csrf },
    });
    await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token.json().token}` } });

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(4);
    expect(log).toContain('/api/v1/auth/login');
    for (const secret of [
      user.password,
      'kata-sandi-yang-keliru',
      cookie.split('=')[1] ?? '',
      csrf,
      token.json().token,
    ]) {
      expect(secret.length).toBeGreaterThan(8);
      expect(log).not.toContain(secret);
    }
  });
});
