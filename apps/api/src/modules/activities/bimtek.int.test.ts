import type { Bimtek, Staff } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildStaff, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind, uniqueName } from '../../test/test-database.js';

let t: TestApp;
let directorate: Session;
let ipwlManager: Session;
let organiser: string;
let ipwl: string;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date('2026-11-23T12:00:00+07:00') });
  const db = t.database.db;
  organiser = (await buildInstitution(db, { type: 'direktorat', name: 'Direktorat Uji Bimtek' })).id;
  ipwl = (await buildInstitution(db, { type: 'ipwl' })).id;
  directorate = (await signedInUser(t.app, db, { role: 'direktorat' })).session;
  ipwlManager = (await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl })).session;
});
afterAll(async () => {
  await t.close();
});

/** A three-day bimtek for companions with three staff of the IPWL and one external participant. */
async function bimtekWithParticipants() {
  const created = await directorate.request({
    method: 'POST',
    url: '/api/v1/activities',
    payload: {
      kind: 'bimtek',
      title: `Bimtek pendamping ${uniqueName('b')}`,
      startsOn: '2026-09-14',
      endsOn: '2026-09-16',
      regionCode: '32.01',
      organiserInstitutionId: organiser,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const staffIds: string[] = [];
  for (let n = 0; n < 3; n++) {
    const member = await buildStaff(t.database.db, ipwl);
    staffIds.push(member.id);
    await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${id}/participants`,
      payload: { staffId: member.id },
    });
  }
  const external = await directorate.request({
    method: 'POST',
    url: `/api/v1/activities/${id}/participants`,
    payload: { fullName: 'Peserta Dinsos Uji', origin: 'dinsos' },
  });
  // In the order added: the three staff members, then the external participant.
  const rank = (staffId: string | null) => (staffId ? staffIds.indexOf(staffId) : staffIds.length);
  const participants = (external.json().participants as { id: string; staffId: string | null }[]).sort(
    (a, b) => rank(a.staffId) - rank(b.staffId),
  );
  return { id, staffIds, participants };
}

describe(`bimtek on ${testDatabaseKind}`, () => {
  test('curriculum, pre/post tests and attendance give each participant’s eligibility and the mean improvement', async () => {
    const { id, participants } = await bimtekWithParticipants();
    const current = await directorate.request({ method: 'GET', url: `/api/v1/activities/${id}/bimtek` });
    expect(current.json()).toMatchObject({
      days: 3,
      passMark: 70,
      minAttendancePercent: 80,
      certificateIssuer: 'Direktorat Uji Bimtek',
    });
    const settings = await directorate.request({
      method: 'PUT',
      url: `/api/v1/activities/${id}/bimtek`,
      headers: { 'if-match': current.headers.etag as string },
      payload: {
        targetGroup: 'pendamping',
        passMark: 75,
        minAttendancePercent: 100,
        certificateType: 'konselor_adiksi',
        certificateLevel: 'asisten',
        certificateIssuer: 'Direktorat Rehabilitasi Sosial KPN',
        certificateValidMonths: 36,
        topics: [
          { title: 'Skrining WHO ASSIST v3.0', hours: 6, facilitator: 'Narasumber Uji' },
          { title: 'Asesmen lanjut dan rencana intervensi', hours: 8 },
          { title: 'Konseling motivasional', hours: 6.5 },
        ],
      },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({ totalHours: 20.5, version: 2 });
    expect(settings.json().topics.map((topic: { title: string }) => topic.title)[0]).toBe('Skrining WHO ASSIST v3.0');
    const [a, b, c, d] = participants.map((p) => p.id);
    const results = await directorate.request({
      method: 'PUT',
      url: `/api/v1/activities/${id}/bimtek/results`,
      payload: {
        results: [
          { participantId: a, attendedDays: 3, preTestScore: 40, postTestScore: 80 },
          { participantId: b, attendedDays: 3, preTestScore: 60, postTestScore: 70 },
          { participantId: c, attendedDays: 2, preTestScore: 50, postTestScore: 90 },
          { participantId: d, attendedDays: 3, preTestScore: 70, postTestScore: 95 },
        ],
      },
    });
    expect(results.statusCode, results.body).toBe(200);
    const bimtek = results.json() as Bimtek;
    // Improvements 40, 10, 40, 25: mean 28.75. Pass mark 75 and all three days: a and d.
    expect(bimtek.summary).toMatchObject({
      participants: 4,
      withBothScores: 4,
      meanPreTest: 55,
      meanPostTest: 83.75,
      meanImprovement: 28.75,
      passed: 3,
      eligible: 2,
      attendanceRate: 0.917,
    });
    const reasons = Object.fromEntries(bimtek.participants.map((p) => [p.id, p.ineligibleReason]));
    expect(reasons).toEqual({
      [a as string]: null,
      [b as string]: 'post_test',
      [c as string]: 'attendance',
      [d as string]: null,
    });
    const tooMany = await directorate.request({
      method: 'PUT',
      url: `/api/v1/activities/${id}/bimtek/results`,
      payload: { results: [{ participantId: a, attendedDays: 4 }] },
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error.details[0].path).toBe('body.results.0.attendedDays');
    const badScore = await directorate.request({
      method: 'PUT',
      url: `/api/v1/activities/${id}/bimtek/results`,
      payload: { results: [{ participantId: a, postTestScore: 101 }] },
    });
    expect(badScore.statusCode).toBe(422);
  });

  test('certificates of a held bimtek go into the workforce registry in the same transaction, and can be revoked', async () => {
    const { id, staffIds, participants } = await bimtekWithParticipants();
    const [a, b, , external] = participants.map((p) => p.id);
    await directorate.request({
      method: 'PUT',
      url: `/api/v1/activities/${id}/bimtek/results`,
      payload: {
        results: [
          { participantId: a, preTestScore: 45, postTestScore: 85 },
          { participantId: b, preTestScore: 50, postTestScore: 55 },
          { participantId: external, preTestScore: 60, postTestScore: 90 },
        ],
      },
    });
    const early = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${id}/bimtek/certificates`,
      payload: { issuedOn: '2026-09-16' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.reason).toBe('not_held');
    const activity = await directorate.request({ method: 'GET', url: `/api/v1/activities/${id}` });
    await directorate.request({
      method: 'PATCH',
      url: `/api/v1/activities/${id}`,
      headers: { 'if-match': activity.headers.etag as string },
      payload: { status: 'held' },
    });
    const explicit = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${id}/bimtek/certificates`,
      payload: { issuedOn: '2026-09-16', participantIds: [b] },
    });
    expect(explicit.statusCode).toBe(422);
    expect(explicit.json().error.details[0]).toMatchObject({ path: 'body.participantIds.0' });
    const beforeEnd = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${id}/bimtek/certificates`,
      payload: { issuedOn: '2026-09-15' },
    });
    expect(beforeEnd.statusCode).toBe(422);
    const issued = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${id}/bimtek/certificates`,
      payload: { issuedOn: '2026-09-16' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const bimtek = issued.json() as Bimtek;
    const certified = bimtek.participants.filter((p) => p.certificate);
    // The staff member who passed and the external participant; not the one below the pass mark.
    expect(certified.map((p) => p.id).sort()).toEqual([a, external].sort());
    expect(bimtek.summary.certificatesIssued).toBe(2);
    const own = certified.find((p) => p.id === a);
    expect(own?.certificate?.staffCertificationId).toEqual(expect.any(String));
    expect(certified.find((p) => p.id === external)?.certificate?.staffCertificationId).toBeNull();

    // The staff page shows the certificate, as the IPWL's manager sees it.
    const staffPage = await ipwlManager.request({ method: 'GET', url: `/api/v1/staff/${staffIds[0]}` });
    const certificate = (staffPage.json() as Staff).certifications.find(
      (item) => item.certificateNumber === own?.certificate?.certificateNumber,
    );
    expect(certificate).toMatchObject({
      type: 'other',
      issuer: 'Direktorat Uji Bimtek',
      issuedOn: '2026-09-16',
      validUntil: null,
    });
    const again = await directorate.request({
      method: 'POST',
      url: `/api/v1/activities/${id}/bimtek/certificates`,
      payload: { issuedOn: '2026-09-16' },
    });
    expect(again.statusCode).toBe(409);
    const locked = await directorate.request({
      method: 'PUT',
      url: `/api/v1/activities/${id}/bimtek/results`,
      payload: { results: [{ participantId: a, postTestScore: 10 }] },
    });
    expect(locked.statusCode).toBe(422);
    const kept = await directorate.request({ method: 'DELETE', url: `/api/v1/activities/${id}/participants/${a}` });
    expect(kept.statusCode).toBe(409);

    const revoked = await directorate.request({
      method: 'DELETE',
      url: `/api/v1/activities/${id}/bimtek/certificates/${own?.certificate?.id}`,
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = await ipwlManager.request({ method: 'GET', url: `/api/v1/staff/${staffIds[0]}` });
    expect(
      (after.json() as Staff).certifications.some(
        (item) => item.certificateNumber === own?.certificate?.certificateNumber,
      ),
    ).toBe(false);
    const audit = await t.database.withSession((s) =>
      s.query<{ action: string }>(`SELECT action FROM audit_events WHERE details->>'activityId' = $1 ORDER BY seq`, [
        id,
      ]),
    );
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['staff.certify', 'bimtek.certify', 'bimtek.revoke']),
    );
  });

  test('the IPWL sees its own participants’ results but not the others of the event, and cannot certify', async () => {
    const { id } = await bimtekWithParticipants();
    const seen = await ipwlManager.request({ method: 'GET', url: `/api/v1/activities/${id}/bimtek` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().participants).toHaveLength(3);
    expect(seen.json().summary.participants).toBe(4);
    const write = await ipwlManager.request({
      method: 'POST',
      url: `/api/v1/activities/${id}/bimtek/certificates`,
      payload: { issuedOn: '2026-09-16' },
    });
    expect(write.statusCode).toBe(403);
    const notBimtek = await directorate.request({
      method: 'POST',
      url: '/api/v1/activities',
      payload: {
        kind: 'pedoman',
        title: 'Perumusan pedoman',
        startsOn: '2026-09-01',
        endsOn: '2026-09-01',
        regionCode: '31.71',
        organiserInstitutionId: organiser,
      },
    });
    expect(
      (await directorate.request({ method: 'GET', url: `/api/v1/activities/${notBimtek.json().id}/bimtek` }))
        .statusCode,
    ).toBe(404);
  });
});
