import { CaseProgress, Plan, ServiceSession, ServiceSummary } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildStaff, type Session, signedInUser } from '../../test/builders.js';
import { buildPlannableCase, catalogueItemId } from '../../test/plan-builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';
import { institutions } from '../institutions/index.js';
import { staff } from '../workforce/index.js';

const today = '2026-03-02';
let t: TestApp;
let ipwl: { id: string };
let worker: Session;
let manager: Session;
let items: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date(`${today}T10:00:00+07:00`) });
  const db = t.database.db;
  ipwl = await buildInstitution(db, { type: 'ipwl', certified: true });
  await db.update(institutions).set({ capacityResidential: 2 }).where(eq(institutions.id, ipwl.id));
  const signed = await signedInUser(t.app, db, { role: 'pendamping', institutionId: ipwl.id });
  worker = signed.session;
  // The social worker is in the staff registry, linked to her account: services she records are hers.
  const own = await buildStaff(db, ipwl.id);
  await db.update(staff).set({ userId: signed.user.id }).where(eq(staff.id, own.id));
  manager = (await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl.id })).session;
  items = {};
  for (const code of [
    'tr_therapeutic_community',
    'tr_cbt',
    'tr_bimbingan_spiritual',
    'dk_kunjungan_rumah',
    'ba_bantuan_tunai',
  ]) {
    items[code] = await catalogueItemId(db, code);
  }
});
afterAll(async () => {
  await t.close();
});

const item = (code: string) => items[code] ?? '';

/** A moderate-risk case with an approved residential plan: TC twice a week, a home visit a month, 4 CBT sessions. */
async function caseWithActivePlan(fullName: string): Promise<{ caseId: string; plan: Plan }> {
  const { caseId } = await buildPlannableCase(t.database.db, ipwl.id, 'moderate', { fullName });
  const created = await worker.request({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/plans`,
    payload: {
      setting: 'residential',
      startOn: '2026-02-02',
      plannedEndOn: '2026-08-02',
      goals: [
        { component: 'terapi', description: 'Berhenti memakai', target: 'Tes urin negatif 3 bulan' },
        { component: 'dukungan_keluarga', description: 'Keluarga terlibat', target: 'Kunjungan tiap bulan' },
      ],
      services: [
        { goal: 0, catalogueItemId: item('tr_therapeutic_community'), frequency: { count: 2, period: 'per_week' } },
        { goal: 1, catalogueItemId: item('dk_kunjungan_rumah'), frequency: { count: 1, period: 'per_month' } },
        { goal: 0, catalogueItemId: item('tr_cbt'), frequency: { count: 4, period: 'total' } },
      ],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const draft = Plan.parse(created.json());
  const submitted = Plan.parse(
    (
      await worker.request({
        method: 'POST',
        url: `/api/v1/plans/${draft.id}/submit`,
        headers: { 'if-match': `"${draft.version}"` },
      })
    ).json(),
  );
  const approved = await manager.request({
    method: 'POST',
    url: `/api/v1/plans/${submitted.id}/approve`,
    headers: { 'if-match': `"${submitted.version}"` },
    payload: {},
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return { caseId, plan: Plan.parse(approved.json()) };
}

const group = (payload: Record<string, unknown>) =>
  worker.request({ method: 'POST', url: '/api/v1/group-sessions', payload });

const progressOf = async (caseId: string) =>
  CaseProgress.parse((await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}/progress` })).json());

describe(`service delivery on ${testDatabaseKind}`, () => {
  test('planned vs delivered per component is correct for a case with individual and group services', async () => {
    // Given two cases with the same approved plan
    const a = await caseWithActivePlan('Agus Layanan');
    const b = await caseWithActivePlan('Budi Layanan');
    const [goalA] = a.plan.goals;

    // When the worker records two group TC sessions (Agus misses the second), a home visit, and a day sheet
    const first = await group({
      heldOn: '2026-02-10',
      catalogueItemId: item('tr_therapeutic_community'),
      durationMinutes: 90,
      location: 'institution',
      topic: 'Morning meeting',
      attendees: [
        { caseId: a.caseId, goalId: goalA?.id, goalProgress: 'in_progress', note: 'Aktif berbagi' },
        { caseId: b.caseId },
      ],
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(ServiceSession.parse(first.json()).records).toHaveLength(2);
    await group({
      heldOn: '2026-02-12',
      catalogueItemId: item('tr_therapeutic_community'),
      durationMinutes: 90,
      location: 'institution',
      attendees: [
        { caseId: a.caseId, attended: false },
        { caseId: b.caseId, attended: true },
      ],
    });
    const visit = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${a.caseId}/service-records`,
      payload: {
        heldOn: '2026-02-15',
        catalogueItemId: item('dk_kunjungan_rumah'),
        durationMinutes: 60,
        location: 'home',
      },
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const sheet = await worker.request({
      method: 'POST',
      url: '/api/v1/service-records/day-sheet',
      payload: {
        heldOn: '2026-02-20',
        entries: [
          { caseId: a.caseId, catalogueItemId: item('tr_cbt'), durationMinutes: 45, location: 'institution' },
          {
            caseId: a.caseId,
            catalogueItemId: item('tr_bimbingan_spiritual'),
            durationMinutes: 30,
            location: 'institution',
          },
        ],
      },
    });
    expect(sheet.statusCode, sheet.body).toBe(201);
    // A service before the plan started is recorded, but does not count against this plan.
    await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${a.caseId}/service-records`,
      payload: { heldOn: '2026-01-20', catalogueItemId: item('tr_cbt'), durationMinutes: 45, location: 'institution' },
    });

    // Then Agus's progress counts exactly what he attended since the plan started, against what is planned
    const progress = await progressOf(a.caseId);
    expect(progress.components).toStrictEqual([
      { component: 'dukungan_keluarga', planned: 6, plannedToDate: 1, delivered: 1, lastDeliveredOn: '2026-02-15' },
      { component: 'terapi', planned: 56, plannedToDate: 9, delivered: 3, lastDeliveredOn: '2026-02-20' },
    ]);
    expect(
      progress.services.map((line) => [line.catalogueItem.code, line.planned, line.plannedToDate, line.delivered]),
    ).toStrictEqual([
      ['tr_therapeutic_community', 52, 8, 1],
      ['dk_kunjungan_rumah', 6, 1, 1],
      ['tr_cbt', 4, 1, 1],
    ]);
    expect(progress.unplanned.map((line) => [line.catalogueItem.code, line.delivered])).toStrictEqual([
      ['tr_bimbingan_spiritual', 1],
    ]);
    expect(progress.attendance).toStrictEqual({ attended: 4, missed: 1 });
    expect(progress.goals[0]).toMatchObject({ progress: 'in_progress', progressOn: '2026-02-10' });
    // And Budi's counts both group sessions
    const other = await progressOf(b.caseId);
    expect(other.components.find((line) => line.component === 'terapi')?.delivered).toBe(2);

    // And the first service started delivery for both cases
    const read = (await worker.request({ method: 'GET', url: `/api/v1/cases/${a.caseId}` })).json();
    expect(read.status).toBe('in_service');
    expect(read.history.at(-1)).toMatchObject({ action: 'start_service', reason: 'first_service' });

    // And the case's record list shows the group session's size and its notes, sealed at rest
    const records = (await worker.request({ method: 'GET', url: `/api/v1/cases/${a.caseId}/service-records` })).json();
    expect(records.total).toBe(6);
    expect(records.items.find((row: { note: string | null }) => row.note === 'Aktif berbagi')).toMatchObject({
      kind: 'group',
      attendeeCount: 2,
      topic: 'Morning meeting',
    });
    const dump = await t.database.withSession((s) =>
      s.query('SELECT * FROM service_records WHERE case_id = $1', [a.caseId]),
    );
    expect(JSON.stringify(dump)).not.toContain('Aktif berbagi');
  });

  test('every problem of a group session is named at its attendee; nothing is written unless all is right', async () => {
    const a = await caseWithActivePlan('Citra Layanan');
    const elsewhere = await buildInstitution(t.database.db, { type: 'ipwl' });
    const outsider = await buildPlannableCase(t.database.db, elsewhere.id, 'moderate');
    const waiting = await buildPlannableCase(t.database.db, ipwl.id, 'moderate');
    const res = await group({
      heldOn: '2026-03-09',
      catalogueItemId: item('tr_therapeutic_community'),
      location: 'institution',
      attendees: [
        { caseId: a.caseId, goalProgress: 'achieved' },
        { caseId: outsider.caseId },
        { caseId: waiting.caseId },
        { caseId: a.caseId },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .error.details.map((detail: { path: string }) => detail.path)
        .sort(),
    ).toStrictEqual([
      'body.attendees.0.goalId',
      'body.attendees.1.caseId',
      'body.attendees.2.caseId',
      'body.attendees.3.caseId',
      'body.durationMinutes',
      'body.heldOn',
    ]);
    expect((await progressOf(a.caseId)).attendance).toStrictEqual({ attended: 0, missed: 0 });
  });

  test('a day sheet is all or nothing; a worker without a staff record must name who gave the services', async () => {
    const a = await caseWithActivePlan('Dewi Layanan');
    const bad = await worker.request({
      method: 'POST',
      url: '/api/v1/service-records/day-sheet',
      payload: {
        heldOn: '2026-02-25',
        entries: [
          { caseId: a.caseId, catalogueItemId: item('tr_cbt'), durationMinutes: 45, location: 'institution' },
          { caseId: a.caseId, catalogueItemId: item('ba_bantuan_tunai'), location: 'institution' },
        ],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].path).toBe('body.entries.1.quantity');
    expect((await progressOf(a.caseId)).attendance.attended).toBe(0);
    const unlinked = (await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: ipwl.id })).session;
    const noStaff = await unlinked.request({
      method: 'POST',
      url: `/api/v1/cases/${a.caseId}/service-records`,
      headers: { 'accept-language': 'en' },
      payload: { heldOn: '2026-02-25', catalogueItemId: item('tr_cbt'), durationMinutes: 45, location: 'institution' },
    });
    expect(noStaff.statusCode).toBe(422);
    expect(noStaff.json().error.details[0]).toMatchObject({
      path: 'body.staffId',
      message: expect.stringContaining('not linked'),
    });
  });

  test('residential stays: admission over capacity is marked, discharge recorded; the summary counts sessions, services, people and bed days', async () => {
    const people = [
      await caseWithActivePlan('Eka Hunian'),
      await caseWithActivePlan('Fajar Hunian'),
      await caseWithActivePlan('Gita Hunian'),
    ];
    const admitted = [];
    for (const person of people) {
      const res = await worker.request({
        method: 'POST',
        url: `/api/v1/cases/${person.caseId}/residential-stays`,
        payload: { admittedOn: '2026-02-02' },
      });
      expect(res.statusCode, res.body).toBe(201);
      admitted.push(res.json());
    }
    // Two beds: the third person is admitted all the same, marked as over capacity.
    expect(admitted.map((stay) => stay.overCapacity)).toStrictEqual([false, false, true]);
    expect(admitted[0].plannedDischargeOn).toBe('2026-08-02');
    const twice = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${people[0]?.caseId}/residential-stays`,
      payload: { admittedOn: '2026-02-03' },
    });
    expect(twice.statusCode).toBe(409);
    const discharged = await worker.request({
      method: 'POST',
      url: `/api/v1/residential-stays/${admitted[2].id}/discharge`,
      headers: { 'if-match': `"${admitted[2].version}"` },
      payload: { dischargedOn: '2026-02-12', reason: 'transferred' },
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    expect(discharged.json()).toMatchObject({ isOpen: false, daysSoFar: 10 });

    await group({
      heldOn: '2026-02-24',
      catalogueItemId: item('tr_therapeutic_community'),
      durationMinutes: 60,
      location: 'institution',
      attendees: people.map((person) => ({ caseId: person.caseId })),
    });
    const summary = ServiceSummary.parse(
      (
        await manager.request({
          method: 'GET',
          url: `/api/v1/institutions/${ipwl.id}/service-summary?from=2026-02&to=2026-03`,
        })
      ).json(),
    );
    expect(summary.months).toStrictEqual(['2026-02', '2026-03']);
    const february = summary.rows.find((row) => row.month === '2026-02' && row.component === 'terapi');
    expect(february?.services).toBeGreaterThanOrEqual(3);
    expect(february?.sessions).toBeLessThan(february?.services ?? 0);
    expect(summary.occupancy).toMatchObject({ capacity: 2, occupied: expect.any(Number) });
    expect(summary.occupancy.occupied).toBeGreaterThanOrEqual(2);
    // February: two people from the 2nd to the end (27 nights each) and one for 10 nights, plus any earlier stays.
    expect(summary.occupancy.byMonth[0]?.bedDays).toBeGreaterThanOrEqual(64);
    expect(summary.smallCountsSuppressed).toBe(false);

    const csv = await manager.request({
      method: 'GET',
      url: `/api/v1/institutions/${ipwl.id}/service-summary/export?from=2026-02&to=2026-03&format=csv`,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFFbulan,kode_komponen,komponen,sesi,layanan_diterima')).toBe(true);
    expect(csv.body).toContain('2026-02,terapi,"Terapi fisik, psikososial dan mental spiritual"');
    const xlsx = await manager.request({
      method: 'GET',
      url: `/api/v1/institutions/${ipwl.id}/service-summary/export?format=xlsx`,
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  test('the Directorate sees the summary with small counts of people suppressed, and nothing outside scope', async () => {
    const direktorat = (await signedInUser(t.app, t.database.db, { role: 'direktorat' })).session;
    const small = await buildInstitution(t.database.db, { type: 'ipwl', certified: true });
    const res = await direktorat.request({
      method: 'GET',
      url: `/api/v1/institutions/${ipwl.id}/service-summary?from=2026-02&to=2026-02`,
    });
    const summary = ServiceSummary.parse(res.json());
    expect(summary.smallCountsSuppressed).toBe(true);
    for (const row of summary.rows) {
      if (row.beneficiaries !== null) expect(row.beneficiaries === 0 || row.beneficiaries >= 5).toBe(true);
    }
    const other = (await signedInUser(t.app, t.database.db, { role: 'ipwl_manager', institutionId: small.id })).session;
    expect(
      (await other.request({ method: 'GET', url: `/api/v1/institutions/${ipwl.id}/service-summary` })).statusCode,
    ).toBe(404);
    const tooLong = await manager.request({
      method: 'GET',
      url: `/api/v1/institutions/${ipwl.id}/service-summary?from=2023-01&to=2026-03`,
    });
    expect(tooLong.statusCode).toBe(422);
    expect(
      (await manager.request({ method: 'GET', url: `/api/v1/institutions/${ipwl.id}/service-summary?from=2026-13` }))
        .statusCode,
    ).toBe(400);
  });

  test('a revision keeps the progress of its goals; records name goals of the active plan only', async () => {
    const a = await caseWithActivePlan('Hadi Revisi');
    const [goal] = a.plan.goals;
    await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${a.caseId}/service-records`,
      payload: {
        heldOn: '2026-02-26',
        catalogueItemId: item('tr_cbt'),
        durationMinutes: 45,
        location: 'institution',
        goalId: goal?.id,
        goalProgress: 'achieved',
      },
    });
    const revision = Plan.parse(
      (
        await worker.request({
          method: 'POST',
          url: `/api/v1/cases/${a.caseId}/plans`,
          payload: {
            setting: 'residential',
            startOn: '2026-02-02',
            plannedEndOn: '2026-09-02',
            goals: a.plan.goals.map((g) => ({
              key: g.key,
              component: g.component,
              description: g.description,
              target: g.target,
            })),
            services: [{ goal: 0, catalogueItemId: item('tr_cbt'), frequency: { count: 1, period: 'per_week' } }],
          },
        })
      ).json(),
    );
    const submitted = Plan.parse(
      (
        await worker.request({
          method: 'POST',
          url: `/api/v1/plans/${revision.id}/submit`,
          headers: { 'if-match': `"${revision.version}"` },
        })
      ).json(),
    );
    const active = Plan.parse(
      (
        await manager.request({
          method: 'POST',
          url: `/api/v1/plans/${submitted.id}/approve`,
          headers: { 'if-match': `"${submitted.version}"` },
          payload: {},
        })
      ).json(),
    );
    expect(active.goals[0]).toMatchObject({ key: goal?.key, progress: 'achieved', progressOn: '2026-02-26' });
    const stale = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${a.caseId}/service-records`,
      payload: {
        heldOn: '2026-02-27',
        catalogueItemId: item('tr_cbt'),
        durationMinutes: 45,
        location: 'institution',
        goalId: goal?.id,
      },
    });
    expect(stale.statusCode).toBe(422);
    expect(stale.json().error.details[0].path).toBe('body.goalId');
  });
});
