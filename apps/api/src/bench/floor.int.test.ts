import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../app.js';
import type { Database } from '../platform/db/database.js';
import { buildInstitution, signedInUser } from '../test/builders.js';
import { createTestDatabase, testAuthConfig, testDatabaseKind, testKeyRing } from '../test/test-database.js';

const options = (database: Database, benchFloor: boolean) => ({
  database,
  logLevel: 'silent',
  webDir: null,
  auth: testAuthConfig(),
  keyRing: testKeyRing(),
  benchFloor,
});

describe(`benchmark floor routes on ${testDatabaseKind}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  test('without ATENSI_BENCH_FLOOR the floor routes do not exist', async () => {
    const app = await buildApp(options(database, false));
    await app.ready();
    const institution = await buildInstitution(database.db, { type: 'ipwl' });
    const { session } = await signedInUser(app, database.db, { role: 'pendamping', institutionId: institution.id });
    expect((await session.request({ method: 'POST', url: '/api/v1/bench/floor', payload: { a: 1 } })).statusCode).toBe(
      404,
    );
    expect((await session.request({ method: 'GET', url: '/api/v1/bench/floor' })).statusCode).toBe(404);
    expect(app.routeTable.some((route) => route.url.includes('/bench/'))).toBe(false);
    await app.close();
  });

  test('with it, the floors check the session (and CSRF on the write) like every route, then run one statement', async () => {
    const app = await buildApp(options(database, true));
    await app.ready();
    const institution = await buildInstitution(database.db, { type: 'ipwl' });
    const { user, session } = await signedInUser(app, database.db, {
      role: 'pendamping',
      institutionId: institution.id,
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/bench/floor' })).statusCode).toBe(401);
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/bench/floor',
      payload: {},
      headers: { cookie: session.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    const written = await session.request({
      method: 'POST',
      url: '/api/v1/bench/floor',
      payload: { instrument: 'assist-3.0' },
    });
    expect(written.statusCode).toBe(201);
    const [row] = await database.withSession((s) =>
      s.query<{ actor_id: string; body: unknown }>('SELECT actor_id, body FROM bench_floor WHERE id = $1', [
        written.json().id,
      ]),
    );
    expect(row).toStrictEqual({ actor_id: user.id, body: { instrument: 'assist-3.0' } });
    const read = await session.request({ method: 'GET', url: '/api/v1/bench/floor' });
    expect(read.json()).toStrictEqual({ id: user.id });
    await app.close();
  });
});
