import type { SupervisionDetail } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let directorate: Session;
let ipwlManager: Session;
let otherManager: Session;
let balaiManager: Session;
let organiser: string;
let balai: string;
let ipwl: string;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date('2026-11-23T12:00:00+07:00') });
  const db = t.database.db;
  organiser = (await buildInstitution(db, { type: 'direktorat' })).id;
  balai = (await buildInstitution(db, { type: 'balai', parentId: organiser })).id;
  ipwl = (await buildInstitution(db, { type: 'ipwl', parentId: balai })).id;
  directorate = (await signedInUser(t.app, db, { role: 'direktorat' })).session;
  ipwlManager = (await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl })).session;
  otherManager = (await signedInUser(t.app, db, { role: 'ipwl_manager' })).session;
  balaiManager = (await signedInUser(t.app, db, { role: 'balai_manager', institutionId: balai })).session;
});
afterAll(async () => {
  await t.close();
});

async function visit(session: Session, organiserId: string, institutionId: string): Promise<SupervisionDetail> {
  const res = await session.request({
    method: 'POST',
    url: '/api/v1/supervision-visits',
    payload: {
      title: 'Supervisi layanan ATENSI',
      startsOn: '2026-10-06',
      endsOn: '2026-10-07',
      regionCode: '31.75',
      organiserInstitutionId: organiserId,
      status: 'held',
      institutionId,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe(`supervision on ${testDatabaseKind}`, () => {
  test('a visit is scored on its checklist; a finding’s corrective action past due is listed for both sides', async () => {
    const detail = await visit(directorate, organiser, ipwl);
    expect(detail.score).toBeNull();
    expect(detail.checklist.length).toBeGreaterThan(0);
    // Rate every item met except the first (not met) and the second (not applicable).
    const [first, second, ...rest] = detail.checklist;
    const answers = [
      { itemId: first?.id, rating: 'not_met', note: 'Rasio 1:12' },
      { itemId: second?.id, rating: 'not_applicable' },
      ...rest.map((item) => ({ itemId: item.id, rating: 'met' })),
    ];
    const scored = await directorate.request({
      method: 'PUT',
      url: `/api/v1/activities/${detail.activityId}/supervision/answers`,
      payload: { answers, summary: 'Layanan berjalan; kekurangan tenaga' },
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const weights = detail.checklist.map((item) => item.weight);
    const applicable = weights.slice(2).reduce((a, b) => a + b, 0) + (weights[0] ?? 0);
    const expected = Math.round((weights.slice(2).reduce((a, b) => a + b, 0) / applicable) * 10_000) / 100;
    expect(scored.json()).toMatchObject({
      score: expected,
      answered: detail.checklist.length,
      summary: 'Layanan berjalan; kekurangan tenaga',
    });
    expect(scored.json().checklist[0]).toMatchObject({ rating: 'not_met', note: 'Rasio 1:12' });

    const finding = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${detail.activityId}/supervision/findings`,
      payload: {
        area: 'staffing',
        severity: 'major',
        description: 'Kekurangan pekerja sosial tersertifikasi',
        correctiveAction: { description: 'Rekrut dua pekerja sosial bersertifikat', dueOn: '2026-11-15' },
      },
    });
    expect(finding.statusCode, finding.body).toBe(201);
    const [found] = finding.json().findingList;
    expect(found.actions[0]).toMatchObject({ ownerInstitutionId: ipwl, isOverdue: true, daysOverdue: 8 });
    expect(finding.json()).toMatchObject({ findings: 1, openActions: 1, overdueActions: 1 });

    const pastDue = async (session: Session) =>
      (
        await session.request({
          method: 'GET',
          url: '/api/v1/activity-actions?overdue=true&correctiveOnly=true&limit=500',
        })
      )
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await pastDue(directorate)).toContain(found.actions[0].id);
    expect(await pastDue(ipwlManager)).toContain(found.actions[0].id);
    expect(await pastDue(balaiManager)).toContain(found.actions[0].id);
    expect(await pastDue(otherManager)).not.toContain(found.actions[0].id);

    // The institution's history, as its page shows it.
    const history = await ipwlManager.request({
      method: 'GET',
      url: `/api/v1/supervision-visits?institutionId=${ipwl}`,
    });
    expect(history.json().items.map((item: { activityId: string }) => item.activityId)).toContain(detail.activityId);
    const elsewhere = await otherManager.request({
      method: 'GET',
      url: `/api/v1/activities/${detail.activityId}/supervision`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  test('a Balai supervises the IPWL of its network only, and not another Balai', async () => {
    const own = await visit(balaiManager, balai, ipwl);
    expect(own.institutionId).toBe(ipwl);
    const stranger = (await buildInstitution(t.database.db, { type: 'ipwl' })).id;
    const refused = await balaiManager.request({
      method: 'POST',
      url: '/api/v1/supervision-visits',
      payload: {
        title: 'Supervisi',
        startsOn: '2026-10-06',
        endsOn: '2026-10-06',
        regionCode: '31.75',
        organiserInstitutionId: balai,
        institutionId: stranger,
      },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].path).toBe('body.institutionId');
    const dinsos = (await buildInstitution(t.database.db, { type: 'dinsos' })).id;
    const wrongType = await directorate.request({
      method: 'POST',
      url: '/api/v1/supervision-visits',
      payload: {
        title: 'Supervisi',
        startsOn: '2026-10-06',
        endsOn: '2026-10-06',
        regionCode: '31.75',
        organiserInstitutionId: organiser,
        institutionId: dinsos,
      },
    });
    expect(wrongType.statusCode).toBe(422);
    // An item of another checklist is not accepted.
    const bad = await balaiManager.request({
      method: 'PUT',
      url: `/api/v1/activities/${own.activityId}/supervision/answers`,
      payload: { answers: [{ itemId: '01930000-0000-7000-8000-000000000000', rating: 'met' }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].path).toBe('body.answers.0.itemId');
  });

  test('the Directorate publishes a new checklist version; earlier visits keep theirs', async () => {
    const before = await visit(directorate, organiser, ipwl);
    const published = await directorate.request({
      method: 'POST',
      url: '/api/v1/supervision/checklists',
      payload: {
        title: 'Daftar periksa supervisi uji',
        items: [
          { area: 'staffing', text: 'Rasio konselor adiksi 1:10', weight: 3 },
          { area: 'service_standards', text: 'Layanan tujuh komponen ATENSI' },
        ],
      },
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ isCurrent: true, visits: 0 });
    expect(published.json().version).toBeGreaterThan(before.checklistVersion);
    const after = await visit(directorate, organiser, ipwl);
    expect(after.checklistVersion).toBeGreaterThanOrEqual(published.json().version);
    const reread = await directorate.request({
      method: 'GET',
      url: `/api/v1/activities/${before.activityId}/supervision`,
    });
    expect(reread.json().checklistVersion).toBe(before.checklistVersion);
    expect(reread.json().checklist).toHaveLength(before.checklist.length);
    const versions = await directorate.request({ method: 'GET', url: '/api/v1/supervision/checklists' });
    expect(versions.json().items.map((item: { version: number }) => item.version)).toContain(before.checklistVersion);
    const inspector = (await signedInUser(t.app, t.database.db, { role: 'inspektorat' })).session;
    const denied = await inspector.request({
      method: 'POST',
      url: '/api/v1/supervision/checklists',
      payload: { title: 'Tidak boleh', items: [{ area: 'staffing', text: 'x y z' }] },
    });
    expect(denied.statusCode).toBe(403);
  });
});
