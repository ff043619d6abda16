import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../config.js';
import { runAlerts } from '../modules/alerts/index.js';
import { verifyAuditTrail } from '../modules/audit/index.js';
import { CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import type { Database } from '../platform/db/database.js';
import { signIn } from '../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind, testKeyRing } from '../test/test-database.js';
import { DEMO_USERS, seedDemo } from './demo.js';
import { SYNC_MEETING_TITLE } from './demo-activities.js';

// The demo data set on a fresh database: what a first `npm start` shows. On the shared PostgreSQL test database
// other files' records exist too, so counts are "at least".
let t: TestApp;
let database: Database;
let firstRun = '';

beforeAll(async () => {
  t = await buildTestApp();
  database = t.database;
  firstRun = await seedDemo(database, { password: DEMO_PASSWORD, keyRing: testKeyRing() });
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe(`the demo data set on ${testDatabaseKind}`, () => {
  test('is idempotent: a second run adds nothing', async () => {
    expect(firstRun).toMatch(/demo data: \d+ institutions, \d+ users and \d+ people with their cases added/);
    expect(await seedDemo(database, { password: DEMO_PASSWORD, keyRing: testKeyRing() })).toBe(
      'demo data: 0 institutions, 0 users and 0 people with their cases added',
    );
  });

  test('every demo user signs in with the demo password', async () => {
    for (const demo of DEMO_USERS) {
      const session = await signIn(t.app, { username: demo.username, password: DEMO_PASSWORD });
      expect(session.login.user.role).toBe(demo.role);
    }
  });

  test('at least 30 synthetic IPWL across provinces, in every certification status', async () => {
    const admin = await signIn(t.app, { username: 'admin', password: DEMO_PASSWORD });
    const res = await admin.request({ method: 'GET', url: '/api/v1/institutions?type=ipwl' });
    const items = res.json().items as { code: string; provinceCode: string; certificationStatus: string | null }[];
    const demo = items.filter((item) => item.code.startsWith('IPWL-DEMO-'));
    expect(demo.length).toBeGreaterThanOrEqual(30);
    expect(new Set(demo.map((item) => item.provinceCode)).size).toBeGreaterThanOrEqual(30);
    const statuses = new Set(demo.map((item) => item.certificationStatus));
    for (const status of ['active', 'expiring', 'expired', 'suspended', null]) expect(statuses).toContain(status);
  });

  test('staff certificates in every status, and the alerts job raises every kind of alert', async () => {
    const admin = await signIn(t.app, { username: 'admin', password: DEMO_PASSWORD });
    const staff = (await admin.request({ method: 'GET', url: '/api/v1/staff?limit=500' })).json().items as {
      certificationStatus: string | null;
    }[];
    const statuses = new Set(staff.map((member) => member.certificationStatus));
    for (const status of ['active', 'expiring', 'expired', null]) expect(statuses).toContain(status);

    const result = await runAlerts(database.db, { expiringDays: 90, clock: () => new Date() }, CLI_AUDIT_CONTEXT);
    expect(result.open).toBeGreaterThan(10);
    const alerts = (await admin.request({ method: 'GET', url: '/api/v1/alerts' })).json().items as { kind: string }[];
    const kinds = new Set(alerts.map((alert) => alert.kind));
    for (const kind of [
      'institution_certification_expiring',
      'institution_certification_expired',
      'staff_certification_expiring',
      'staff_certification_expired',
      'no_certified_counsellor',
    ]) {
      expect(kinds).toContain(kind);
    }
    const again = await runAlerts(database.db, { expiringDays: 90, clock: () => new Date() }, CLI_AUDIT_CONTEXT);
    expect(again.raised).toBe(0);
    expect(again.resolved).toBe(0);
  });

  test('the Balai "Bambu Apus" manager sees their unit and its IPWL, not the others', async () => {
    const manager = await signIn(t.app, { username: 'balai.bambuapus', password: DEMO_PASSWORD });
    const items = (await manager.request({ method: 'GET', url: '/api/v1/institutions' })).json().items as {
      code: string;
    }[];
    const codes = items.map((item) => item.code);
    expect(codes).toContain('BALAI-BAMBU-APUS');
    expect(codes).toContain('IPWL-SINAR-PEMULIHAN');
    expect(codes).not.toContain('BALAI-INSYAF');
    expect(codes).not.toContain('IPWL-CAHAYA-BOGOR');
  });

  test('the demo social worker has cases in every status, with screenings, a referral waiting at the Balai, aftercare', async () => {
    const worker = await signIn(t.app, { username: 'pendamping', password: DEMO_PASSWORD });
    const cases = (await worker.request({ method: 'GET', url: '/api/v1/cases?mine=true&limit=200' })).json().items as {
      status: string;
    }[];
    const statuses = new Set(cases.map((item) => item.status));
    for (const status of [
      'intake',
      'screening',
      'family_based_rehab',
      'further_assessment',
      'planned',
      'in_service',
      'reintegration',
      'terminated',
      'aftercare',
    ]) {
      expect(statuses).toContain(status);
    }
    const manager = await signIn(t.app, { username: 'balai.bambuapus', password: DEMO_PASSWORD });
    const incoming = (
      await manager.request({ method: 'GET', url: '/api/v1/referrals?direction=incoming&status=pending' })
    ).json().items;
    expect(incoming.length).toBeGreaterThanOrEqual(1);
    expect(incoming[0].reason).toContain('sintetis');
    const worklist = (await worker.request({ method: 'GET', url: '/api/v1/worklist' })).json();
    expect(worklist.myCases.length).toBeGreaterThanOrEqual(9);
  });

  test('the demo IPWL has plans in every state, services against them, aid held on DTKS, and Pusdatin’s queue', async () => {
    const worker = await signIn(t.app, { username: 'pendamping', password: DEMO_PASSWORD });
    const cases = (await worker.request({ method: 'GET', url: '/api/v1/cases?mine=true&limit=200' })).json().items as {
      id: string;
      status: string;
    }[];
    const planStatuses = new Set<string>();
    let delivered = 0;
    for (const item of cases.filter((entry) => ['planned', 'in_service', 'reintegration'].includes(entry.status))) {
      const plans = (await worker.request({ method: 'GET', url: `/api/v1/cases/${item.id}/plans` })).json().items as {
        status: string;
      }[];
      for (const plan of plans) planStatuses.add(plan.status);
      const progress = (await worker.request({ method: 'GET', url: `/api/v1/cases/${item.id}/progress` })).json();
      delivered += progress.attendance.attended;
      // Service runs only with an active plan.
      if (item.status === 'in_service') expect(progress.plan.status).toBe('active');
    }
    for (const status of ['draft', 'submitted', 'active', 'superseded']) expect(planStatuses).toContain(status);
    expect(delivered).toBeGreaterThan(30);
    const manager = await signIn(t.app, { username: 'ipwl.manager', password: DEMO_PASSWORD });
    expect(
      (await manager.request({ method: 'GET', url: '/api/v1/plans/awaiting-approval' })).json().items,
    ).toHaveLength(1);
    const aid = (await manager.request({ method: 'GET', url: '/api/v1/social-aid/awaiting-approval' })).json()
      .items as {
      dtksStatus: string;
    }[];
    expect(aid.map((item) => item.dtksStatus).sort()).toStrictEqual(['not_matched', 'unknown']);
    const pusdatin = await signIn(t.app, { username: 'pusdatin', password: DEMO_PASSWORD });
    expect((await pusdatin.request({ method: 'GET', url: '/api/v1/dtks/checks' })).json().total).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      (await pusdatin.request({ method: 'GET', url: '/api/v1/dtks/inclusion-proposals' })).json().total,
    ).toBeGreaterThanOrEqual(1);
  });

  test('the Directorate’s indirect services: the 38 of the sync meeting, a certified bimtek, past-due actions, the 40/30/13/17 survey', async () => {
    const directorate = await signIn(t.app, { username: 'direktorat', password: DEMO_PASSWORD });
    const get = async (url: string) => (await directorate.request({ method: 'GET', url })).json();
    const [sync] = (await get(`/api/v1/activities?q=${encodeURIComponent(SYNC_MEETING_TITLE)}`)).items;
    expect(sync).toMatchObject({ kind: 'rakor_teknis', startsOn: '2020-11-09', participantTotal: 38 });
    expect(sync.participantsByOrigin).toMatchObject({ direktorat: 20, balai_loka: 14, inspektorat: 4 });
    const kinds = new Set((await get('/api/v1/activities?limit=500')).items.map((item: { kind: string }) => item.kind));
    expect(kinds.size).toBe(7);
    const [bimtek] = (await get('/api/v1/activities?kind=bimtek&status=held&q=Bimtek%20pendamping%20rehabilitasi'))
      .items;
    const results = await get(`/api/v1/activities/${bimtek.id}/bimtek`);
    expect(results.summary.certificatesIssued).toBeGreaterThan(0);
    expect(results.summary.meanImprovement).toBeGreaterThan(0);
    const certified = results.participants.find((p: { certificate: unknown }) => p.certificate);
    const member = await get(`/api/v1/staff/${certified.staffId}`);
    expect(member.certifications.map((c: { certificateNumber: string }) => c.certificateNumber)).toContain(
      certified.certificate.certificateNumber,
    );
    expect((await get('/api/v1/activity-actions?overdue=true&correctiveOnly=true')).total).toBeGreaterThan(0);
    const [survey] = (await get('/api/v1/surveys')).items.filter(
      (item: { title: string }) => item.title === 'Survei media pencegahan penyalahgunaan NAPZA',
    );
    const shares = (await get(`/api/v1/surveys/${survey.id}/results`)).questions[0].overall.options.map(
      (option: { share: number }) => option.share,
    );
    expect(shares).toEqual([0.4, 0.3, 0.13, 0.17]);
  });

  test('the seeded audit trail verifies', async () => {
    const verification = await verifyAuditTrail(database.db);
    expect(verification.problems).toStrictEqual([]);
  });
});
