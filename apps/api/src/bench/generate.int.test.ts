import { nikProblem } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../app.js';
import { verifyAuditTrail } from '../modules/audit/index.js';
import { loadRegions } from '../modules/regions/index.js';
import type { Database } from '../platform/db/database.js';
import { signIn } from '../test/builders.js';
import { createScratchDatabase, testAuthConfig, testDatabaseKind, testKeyRing } from '../test/test-database.js';
import { type GenerateReport, generateCountry } from './generate.js';

const PASSWORD = 'generated-users-2026';

// The generator writes through COPY with pg-copy-streams, a PostgreSQL client feature: on PGlite this file says
// so and checks nothing.
const onPostgres = testDatabaseKind === 'postgres';
if (!onPostgres) console.log('bench generate: PostgreSQL only (COPY through pg-copy-streams); skipped on PGlite');

describe.skipIf(!onPostgres)('atensi bench generate on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: Database;
  let url: string;
  let report: GenerateReport;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ migrated: true });
    database = scratch.database;
    await loadRegions(database);
    const [row] = await database.withSession((s) => s.query<{ name: string }>('SELECT current_database() AS name'));
    const base = new URL(process.env.TEST_DATABASE_URL ?? '');
    base.pathname = `/${row?.name}`;
    url = base.href;
    report = await generateCountry({ url, scale: 0.0003, seed: 11, keyRing: testKeyRing(), password: PASSWORD });
  }, 300_000);
  // DROP DATABASE waits for a checkpoint, which can be long while another bulk load runs on the server.
  afterAll(async () => {
    await scratch?.drop();
  }, 300_000);

  test('fills every group of tables, through COPY, and counts what it wrote', async () => {
    const rows = Object.fromEntries(report.tables.map((entry) => [entry.table, entry.rows]));
    expect(rows.beneficiaries).toBe(1200);
    expect(rows.cases).toBeGreaterThan(1300);
    expect(rows.screenings).toBeGreaterThan(rows.cases ?? 0);
    for (const table of ['institutions', 'users', 'case_events', 'referrals', 'follow_ups', 'audit_events']) {
      expect(rows[table]).toBeGreaterThan(0);
    }
    const [counted] = await database.withSession((s) => s.query<{ n: number }>('SELECT count(*)::int AS n FROM cases'));
    expect(counted?.n).toBe(rows.cases);
    expect(report.rowsPerSecond).toBeGreaterThan(0);
  });

  test('the audit trail it wrote verifies, and a second run on the same database is refused', async () => {
    const verification = await verifyAuditTrail(database.db);
    expect(verification.problems).toStrictEqual([]);
    expect(verification.events).toBeGreaterThan(100);
    await expect(generateCountry({ url, scale: 0.0003, keyRing: testKeyRing(), password: PASSWORD })).rejects.toThrow(
      /fresh database/,
    );
  });

  test('a generated worker signs in and uses the product on the generated data', async () => {
    const app = await buildApp({
      database,
      logLevel: 'silent',
      webDir: null,
      auth: testAuthConfig(),
      keyRing: testKeyRing(),
    });
    await app.ready();
    try {
      const [worker] = await database.withSession((s) =>
        s.query<{ username: string; id: string; institution_id: string; case_id: string }>(
          `SELECT u.username, u.id, u.institution_id, c.id AS case_id FROM users u
             JOIN cases c ON c.assigned_worker_id = u.id AND c.institution_id = u.institution_id
             JOIN institutions i ON i.id = u.institution_id AND i.type = 'ipwl'
            WHERE u.role = 'pendamping' ORDER BY c.opened_at DESC LIMIT 1`,
        ),
      );
      if (!worker) throw new Error('no generated worker with a case');
      const session = await signIn(app, { username: worker.username, password: PASSWORD });
      const list = await session.request({ method: 'GET', url: '/api/v1/worklist' });
      expect(list.statusCode).toBe(200);
      const casePage = await session.request({ method: 'GET', url: `/api/v1/cases/${worker.case_id}` });
      expect(casePage.statusCode).toBe(200);
      expect(casePage.json().history.length).toBeGreaterThan(0);
      const person = await session.request({
        method: 'GET',
        url: `/api/v1/beneficiaries/${casePage.json().beneficiaryId}`,
      });
      const body = person.json();
      // The sealed NIK opens with the product's keys and is valid for the person.
      if (body.nik) {
        expect(nikProblem(body.nik, { sex: body.sex, birthDate: body.birthDate })).toBeNull();
        const byNik = await session.request({ method: 'GET', url: `/api/v1/beneficiaries?nik=${body.nik}` });
        expect(byNik.json().items.map((item: { id: string }) => item.id)).toStrictEqual([body.id]);
      }
      const byName = await session.request({
        method: 'GET',
        url: `/api/v1/beneficiaries?q=${encodeURIComponent(body.fullName)}`,
      });
      expect(byName.json().items.map((item: { id: string }) => item.id)).toContain(body.id);
      // A case in service under its plan: the progress view counts the generated service records.
      const [served] = await database.withSession((s) =>
        s.query<{ id: string; attended: number }>(
          `SELECT c.id, count(r.id) FILTER (WHERE r.attended)::int AS attended FROM cases c
             JOIN intervention_plans p ON p.id = c.active_plan_id
             JOIN service_records r ON r.case_id = c.id AND r.held_on >= p.start_on
            WHERE c.institution_id = $1 AND c.status = 'in_service' AND p.revision = 1
            GROUP BY c.id ORDER BY count(r.id) DESC LIMIT 1`,
          [worker.institution_id],
        ),
      );
      if (served) {
        const progress = await session.request({ method: 'GET', url: `/api/v1/cases/${served.id}/progress` });
        expect(progress.statusCode).toBe(200);
        const delivered = progress
          .json()
          .components.reduce((sum: number, c: { delivered: number }) => sum + c.delivered, 0);
        const unplanned = progress
          .json()
          .unplanned.reduce((sum: number, u: { delivered: number }) => sum + u.delivered, 0);
        expect(progress.json().plan.status).toBe('active');
        expect(delivered + unplanned).toBeGreaterThan(0);
      }
      expect((await verifyAuditTrail(database.db)).problems).toStrictEqual([]);
    } finally {
      await app.close();
    }
  });
});
