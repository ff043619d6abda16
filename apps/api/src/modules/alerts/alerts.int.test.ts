import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildStaff, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let today = '2026-11-23';
let direktorat: Session;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date(`${today}T12:00:00+07:00`) });
  direktorat = (await signedInUser(t.app, t.database.db, { role: 'direktorat' })).session;
});
afterAll(async () => {
  await t.close();
});

const run = async () => (await direktorat.request({ method: 'POST', url: '/api/v1/alerts/run' })).json();
const alertsOf = async (session: Session, institutionId: string) =>
  (
    (await session.request({ method: 'GET', url: `/api/v1/alerts?institutionId=${institutionId}` })).json().items as {
      kind: string;
      dueOn: string | null;
      subjectLabel: string;
    }[]
  )
    .map((alert) => alert.kind)
    .sort();

describe(`alerts on ${testDatabaseKind}`, () => {
  test('raised when they become true, resolved when they stop, visible only within scope', async () => {
    const ipwl = await buildInstitution(t.database.db, { type: 'ipwl' });
    const other = await buildInstitution(t.database.db, { type: 'ipwl' });
    await direktorat.request({
      method: 'POST',
      url: `/api/v1/institutions/${ipwl.id}/accreditations`,
      payload: { grade: 'B', issuer: 'BALKS', validFrom: '2024-01-01', validUntil: '2027-01-31' },
    });
    await buildStaff(t.database.db, ipwl.id, { role: 'pekerja_sosial', certifiedUntil: '2026-12-15' });
    await run();
    expect(await alertsOf(direktorat, ipwl.id)).toStrictEqual([
      'institution_certification_expiring',
      'no_certified_counsellor',
      'staff_certification_expiring',
    ]);

    const { session: manager } = await signedInUser(t.app, t.database.db, {
      role: 'ipwl_manager',
      institutionId: ipwl.id,
    });
    expect(await alertsOf(manager, ipwl.id)).toHaveLength(3);
    expect(await alertsOf(manager, other.id)).toStrictEqual([]);
    const staffAlert = (
      await manager.request({ method: 'GET', url: `/api/v1/alerts?kind=staff_certification_expiring` })
    ).json().items[0] as { staffId: string; subjectLabel: string };
    expect(staffAlert.subjectLabel).toBe('Tenaga Uji');
    expect((await manager.request({ method: 'GET', url: `/api/v1/staff/${staffAlert.staffId}` })).statusCode).toBe(200);

    // A counsellor is certified and the accreditation renewed: those alerts resolve; time passes: the staff one expires.
    await buildStaff(t.database.db, ipwl.id, { role: 'konselor_adiksi', certifiedUntil: '2030-01-01' });
    await direktorat.request({
      method: 'POST',
      url: `/api/v1/institutions/${ipwl.id}/accreditations`,
      payload: { grade: 'A', issuer: 'BALKS', validFrom: '2026-11-01', validUntil: '2029-10-31' },
    });
    today = '2026-12-16';
    try {
      const result = await run();
      expect(result.resolved).toBeGreaterThanOrEqual(3);
      expect(await alertsOf(direktorat, ipwl.id)).toStrictEqual([
        'no_certified_social_worker',
        'staff_certification_expired',
      ]);
    } finally {
      today = '2026-11-23';
    }
  });

  test('roles without alerts:read are refused; running needs certification:manage', async () => {
    const { session: pendamping } = await signedInUser(t.app, t.database.db, { role: 'pendamping' });
    expect((await pendamping.request({ method: 'GET', url: '/api/v1/alerts' })).statusCode).toBe(403);
    const { session: inspektorat } = await signedInUser(t.app, t.database.db, { role: 'inspektorat' });
    expect((await inspektorat.request({ method: 'GET', url: '/api/v1/alerts' })).statusCode).toBe(200);
    expect((await inspektorat.request({ method: 'POST', url: '/api/v1/alerts/run' })).statusCode).toBe(403);
  });
});
