import { ACTIVITY_KINDS, type ActivityDetail, type ActivityReport } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildStaff, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind, uniqueName } from '../../test/test-database.js';

let t: TestApp;
let directorate: Session;
let directorateId: string;
let balai: { id: string };
let ipwl: { id: string };
let otherIpwl: { id: string };
let ipwlManager: Session;
let balaiManager: Session;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date('2026-11-23T12:00:00+07:00') });
  const db = t.database.db;
  directorateId = (await buildInstitution(db, { type: 'direktorat' })).id;
  balai = await buildInstitution(db, { type: 'balai', parentId: directorateId });
  ipwl = await buildInstitution(db, { type: 'ipwl', parentId: balai.id });
  otherIpwl = await buildInstitution(db, { type: 'ipwl' });
  directorate = (await signedInUser(t.app, db, { role: 'direktorat' })).session;
  ipwlManager = (await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl.id })).session;
  balaiManager = (await signedInUser(t.app, db, { role: 'balai_manager', institutionId: balai.id })).session;
});
afterAll(async () => {
  await t.close();
});

/** A unique title, so counts on the shared PostgreSQL database only see this test's activities. */
const tag = uniqueName('uji');

const base = (values: Record<string, unknown> = {}) => ({
  title: `Rapat ${tag}`,
  startsOn: '2026-03-10',
  endsOn: '2026-03-11',
  regionCode: '31.71',
  organiserInstitutionId: directorateId,
  status: 'held',
  ...values,
});

async function create(kind: string, values: Record<string, unknown> = {}): Promise<ActivityDetail> {
  const res = await directorate.request({
    method: 'POST',
    url: '/api/v1/activities',
    payload: { kind, ...base(values) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe(`activities on ${testDatabaseKind}`, () => {
  test('each of the seven kinds is recorded and reported by kind, month, organiser and region', async () => {
    const organiser = (await buildInstitution(t.database.db, { type: 'direktorat' })).id;
    const common = { organiserInstitutionId: organiser, title: `Kegiatan ${tag}` };
    const general = ['bimtek', 'refleksi_kebijakan', 'pedoman', 'rakor_teknis', 'advokasi_sosial'];
    for (const kind of general) await create(kind, { ...common, startsOn: '2026-03-02', endsOn: '2026-03-03' });
    // A second coordination meeting in another month and province, with a budget and a cost.
    await create('rakor_teknis', {
      ...common,
      startsOn: '2026-04-20',
      endsOn: '2026-04-20',
      regionCode: '73.05',
      budgetIdr: 150_000_000,
      realisedCostIdr: 120_000_000,
    });
    const campaign = await directorate.request({
      method: 'POST',
      url: '/api/v1/campaigns',
      payload: {
        ...base(common),
        startsOn: '2026-03-05',
        endsOn: '2026-03-30',
        channel: 'tv',
        targetAudience: 'youth',
        metrics: { audienceEstimate: 1_000_000 },
      },
    });
    expect(campaign.statusCode, campaign.body).toBe(201);
    const visit = await directorate.request({
      method: 'POST',
      url: '/api/v1/supervision-visits',
      payload: { ...base(common), institutionId: ipwl.id, startsOn: '2026-03-12', endsOn: '2026-03-12' },
    });
    expect(visit.statusCode, visit.body).toBe(201);

    const report = async (by: string) => {
      const res = await directorate.request({
        method: 'GET',
        url: `/api/v1/activities/report?by=${by}&from=2026-01-01&to=2026-12-31`,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as ActivityReport).rows.filter((row) => row.organiserInstitutionId === organiser);
    };
    // By organiser and kind: every kind once, the meeting twice.
    const byKind = await report('organiser,kind');
    expect(Object.fromEntries(byKind.map((row) => [row.kind, row.activities]))).toEqual(
      Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, kind === 'rakor_teknis' ? 2 : 1])),
    );
    // By organiser and month.
    expect((await report('organiser,month')).map((row) => [row.month, row.activities])).toEqual([
      ['2026-03', 7],
      ['2026-04', 1],
    ]);
    // By organiser and region (the province), with the province's name, budget and cost.
    const byRegion = await report('organiser,region');
    expect(byRegion.map((row) => [row.provinceCode, row.activities])).toEqual([
      ['31', 7],
      ['73', 1],
    ]);
    expect(byRegion[1]).toMatchObject({
      provinceName: 'Sulawesi Selatan',
      budgetIdr: 150_000_000,
      realisedCostIdr: 120_000_000,
    });
    // All four at once: the April meeting is one row.
    const all = await report('kind,month,organiser,region');
    expect(all.find((row) => row.month === '2026-04')).toMatchObject({
      kind: 'rakor_teknis',
      provinceCode: '73',
      activities: 1,
      held: 1,
    });
    // The export carries the same rows.
    const xlsx = await directorate.request({
      method: 'GET',
      url: '/api/v1/activities/report/export?by=kind&format=csv&from=2026-01-01',
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.body.startsWith('\uFEFFjenis,bulan')).toBe(true);
    const bad = await directorate.request({ method: 'GET', url: '/api/v1/activities/report?by=kind,colour' });
    expect(bad.statusCode).toBe(400);
  });

  test('the seed’s synchronisation meeting: 38 participants by origin, named and counted', async () => {
    const meeting = await create('rakor_teknis', { title: `Sinkronisasi ATENSI ${tag}` });
    const url = `/api/v1/activities/${meeting.id}`;
    const member = await buildStaff(t.database.db, balai.id);
    const named = await directorate.request({
      method: 'POST',
      url: `${url}/participants`,
      payload: { staffId: member.id, position: 'Kepala Seksi' },
    });
    expect(named.statusCode, named.body).toBe(201);
    expect(named.json().participants[0]).toMatchObject({ origin: 'balai_loka', institutionId: balai.id });
    const twice = await directorate.request({
      method: 'POST',
      url: `${url}/participants`,
      payload: { staffId: member.id },
    });
    expect(twice.statusCode).toBe(409);
    const inspector = await directorate.request({
      method: 'POST',
      url: `${url}/participants`,
      payload: { fullName: 'Auditor Uji', origin: 'inspektorat' },
    });
    expect(inspector.statusCode).toBe(201);
    const counts = await directorate.request({
      method: 'PUT',
      url: `${url}/headcounts`,
      payload: { counts: { direktorat: 20, balai_loka: 13, inspektorat: 3 } },
    });
    expect(counts.statusCode, counts.body).toBe(200);
    expect(counts.json()).toMatchObject({
      participantTotal: 38,
      participantsByOrigin: { direktorat: 20, balai_loka: 14, inspektorat: 4, ipwl: 0, dinsos: 0, other: 0 },
    });
    const nameless = await directorate.request({
      method: 'POST',
      url: `${url}/participants`,
      payload: { origin: 'other' },
    });
    expect(nameless.statusCode).toBe(422);
    expect(nameless.json().error.details[0].path).toBe('body.fullName');
  });

  test('an IPWL sees the meetings it took part in, only its own participants, and not the others', async () => {
    const meeting = await create('rakor_teknis');
    const own = await buildStaff(t.database.db, ipwl.id);
    const foreign = await buildStaff(t.database.db, otherIpwl.id);
    for (const staffId of [own.id, foreign.id])
      await directorate.request({
        method: 'POST',
        url: `/api/v1/activities/${meeting.id}/participants`,
        payload: { staffId },
      });
    const seen = await ipwlManager.request({ method: 'GET', url: `/api/v1/activities/${meeting.id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().participants.map((p: { staffId: string }) => p.staffId)).toEqual([own.id]);
    expect(seen.json().hiddenParticipants).toBe(1);
    expect(seen.body).not.toContain(otherIpwl.id);
    const unseen = await create('pedoman');
    expect((await ipwlManager.request({ method: 'GET', url: `/api/v1/activities/${unseen.id}` })).statusCode).toBe(404);
    const list = await ipwlManager.request({ method: 'GET', url: `/api/v1/activities?q=${tag}` });
    const ids = list.json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(meeting.id);
    expect(ids).not.toContain(unseen.id);
    // Seeing is not organising.
    const write = await ipwlManager.request({
      method: 'PATCH',
      url: `/api/v1/activities/${meeting.id}`,
      headers: { 'if-match': '"1"' },
      payload: { outcomes: 'x' },
    });
    expect(write.statusCode).toBe(403);
  });

  test('a Balai records its own activities only; bad fields are named', async () => {
    const own = await balaiManager.request({
      method: 'POST',
      url: '/api/v1/activities',
      payload: { kind: 'bimtek', ...base({ organiserInstitutionId: balai.id, status: 'planned' }) },
    });
    expect(own.statusCode, own.body).toBe(201);
    const national = await balaiManager.request({
      method: 'POST',
      url: '/api/v1/activities',
      payload: { kind: 'bimtek', ...base() },
    });
    expect(national.statusCode).toBe(422);
    const cases: [Record<string, unknown>, string][] = [
      [{ endsOn: '2026-03-01' }, 'body.endsOn'],
      [{ regionCode: '99.99' }, 'body.regionCode'],
      [{ budgetIdr: -5 }, 'body.budgetIdr'],
    ];
    for (const [values, path] of cases) {
      const res = await directorate.request({
        method: 'POST',
        url: '/api/v1/activities',
        headers: { 'accept-language': 'en' },
        payload: { kind: 'pedoman', ...base(values) },
      });
      expect(res.statusCode, path).toBe(422);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const campaignHere = await directorate.request({
      method: 'POST',
      url: '/api/v1/activities',
      payload: { kind: 'kampanye', ...base() },
    });
    expect(campaignHere.statusCode).toBe(422);
  });

  test('edits need If-Match and bump the version; the list filters by kind, month and province', async () => {
    const activity = await create('advokasi_sosial', { title: `Advokasi ${tag}`, regionCode: '32.04' });
    const url = `/api/v1/activities/${activity.id}`;
    expect((await directorate.request({ method: 'PATCH', url, payload: { outcomes: 'x' } })).statusCode).toBe(400);
    const edited = await directorate.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { outcomes: 'Kesepakatan rujukan dengan Dinsos', realisedCostIdr: 5_000_000 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, realisedCostIdr: 5_000_000 });
    const stale = await directorate.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { venue: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    const list = await directorate.request({
      method: 'GET',
      url: `/api/v1/activities?kind=advokasi_sosial&provinceCode=32&from=2026-03-01&to=2026-03-31&q=${tag}`,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([activity.id]);
    expect(list.json().items[0]).toMatchObject({ provinceName: 'Jawa Barat', regionCode: '32.04' });
  });
});
