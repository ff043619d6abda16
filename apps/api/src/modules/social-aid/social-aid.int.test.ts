import { CaseProgress, composeNik, DtksCheckList, InclusionProposalList, SocialAidRequest } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildStaff, type Session, signedInUser } from '../../test/builders.js';
import { buildPlan, catalogueItemId } from '../../test/plan-builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';
import { cases } from '../cases/index.js';
import { staff } from '../workforce/index.js';

const today = '2026-03-02';
let t: TestApp;
let ipwl: { id: string };
let worker: Session;
let manager: Session;
let pusdatin: Session;
let cash: string;
let serial = 100;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date(`${today}T10:00:00+07:00`) });
  const db = t.database.db;
  ipwl = await buildInstitution(db, { type: 'ipwl', certified: true });
  const signed = await signedInUser(t.app, db, { role: 'pendamping', institutionId: ipwl.id });
  worker = signed.session;
  const own = await buildStaff(db, ipwl.id);
  await db.update(staff).set({ userId: signed.user.id }).where(eq(staff.id, own.id));
  manager = (await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl.id })).session;
  pusdatin = (await signedInUser(t.app, db, { role: 'pusdatin' })).session;
  cash = await catalogueItemId(db, 'ba_bantuan_tunai');
});
afterAll(async () => {
  await t.close();
});

/** A person registered with a (synthetic) NIK, in service with an active plan. */
async function personInService(): Promise<{ beneficiaryId: string; caseId: string; nik: string }> {
  serial += 1;
  const nik = composeNik('32.04.12', 'M', '1990-04-04', String(serial).padStart(4, '0'));
  const registered = await worker.request({
    method: 'POST',
    url: '/api/v1/beneficiaries',
    payload: { nik, fullName: 'Joko Bantuan', sex: 'M', birthDate: '1990-04-04', regionCode: '32.04.12' },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  const beneficiaryId = registered.json().id as string;
  const opened = await worker.request({
    method: 'POST',
    url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
    payload: { intakeSource: 'self' },
  });
  const caseId = opened.json().id as string;
  await t.database.db
    .update(cases)
    .set({ status: 'in_service', assessmentCompleted: true, openedAt: new Date('2026-01-05T09:00:00+07:00') })
    .where(eq(cases.id, caseId));
  await buildPlan(t.database.db, ipwl.id, 'active', { caseId });
  return { beneficiaryId, caseId, nik };
}

async function requestCash(caseId: string) {
  const res = await worker.request({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/social-aid`,
    payload: { aidType: 'cash', catalogueItemId: cash, amountRupiah: 600_000, reason: 'Biaya transport ke Balai' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return SocialAidRequest.parse(res.json());
}

const step = (
  session: Session,
  aid: { id: string; version: number },
  action: string,
  payload: object = {},
  lang = 'id',
) =>
  session.request({
    method: 'POST',
    url: `/api/v1/social-aid/${aid.id}/${action}`,
    headers: { 'if-match': `"${aid.version}"`, 'accept-language': lang },
    payload,
  });

async function openChecks(): Promise<DtksCheckList> {
  return DtksCheckList.parse((await pusdatin.request({ method: 'GET', url: '/api/v1/dtks/checks?limit=200' })).json());
}

describe(`social aid and DTKS on ${testDatabaseKind}`, () => {
  test('approval with an unknown DTKS status is blocked with what to do, and Pusdatin gets the check, with matching data only', async () => {
    const person = await personInService();
    const aid = await requestCash(person.caseId);
    expect(aid).toMatchObject({
      status: 'requested',
      amountRupiah: 600_000,
      catalogueItem: { code: 'ba_bantuan_tunai' },
    });

    // The request itself put the person in Pusdatin's queue, with NIK, name, birth date and region, nothing else
    const queued = (await openChecks()).items.find((item) => item.beneficiaryId === person.beneficiaryId);
    expect(queued).toBeDefined();
    expect(Object.keys(queued ?? {}).sort()).toStrictEqual([
      'beneficiaryId',
      'birthDate',
      'fullName',
      'id',
      'nik',
      'reason',
      'regionCode',
      'regionName',
      'requestedAt',
      'resolvedAt',
      'resolvedStatus',
    ]);
    expect(queued).toMatchObject({
      nik: person.nik,
      fullName: 'Joko Bantuan',
      reason: 'social_aid',
      regionCode: '32.04.12',
    });

    // The worker may not approve; the manager is refused, in both languages, with what to do
    expect((await step(worker, aid, 'approve')).statusCode).toBe(403);
    const blocked = await step(manager, aid, 'approve');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({
      code: 'conflict',
      details: { reason: 'dtks_unknown', checkId: queued?.id },
    });
    expect(blocked.json().error.message).toContain('Pusdatin');
    const english = await step(manager, aid, 'approve', {}, 'en');
    expect(english.json().error.message).toMatch(/DTKS status is unknown.*approve once Pusdatin records a match/);
    // Still one check for the person
    expect((await openChecks()).items.filter((item) => item.beneficiaryId === person.beneficiaryId)).toHaveLength(1);
    // Pusdatin reaches no record of the person beyond matching
    expect(
      (await pusdatin.request({ method: 'GET', url: `/api/v1/beneficiaries/${person.beneficiaryId}` })).statusCode,
    ).toBe(403);
  });

  test('not matched: approval is blocked and creates the inclusion proposal; once included, the aid is approved, delivered as a service and received', async () => {
    const person = await personInService();
    const aid = await requestCash(person.caseId);
    const noId = await pusdatin.request({
      method: 'POST',
      url: `/api/v1/dtks/beneficiaries/${person.beneficiaryId}/status`,
      payload: { status: 'matched', method: 'nik', checkedOn: today },
    });
    expect(noId.statusCode).toBe(422);
    const recorded = await pusdatin.request({
      method: 'POST',
      url: `/api/v1/dtks/beneficiaries/${person.beneficiaryId}/status`,
      payload: { status: 'not_matched', method: 'nik', checkedOn: today, note: 'Tidak ditemukan di SIKS-NG' },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ status: 'not_matched', source: 'manual', openCheck: null });

    const blocked = await step(manager, aid, 'approve');
    expect(blocked.statusCode).toBe(409);
    const { proposalId } = blocked.json().error.details;
    expect(blocked.json().error.details.reason).toBe('dtks_not_matched');
    expect(blocked.json().error.message).toContain('Usulan pencantuman ke DTKS telah dibuat');
    expect((await step(manager, aid, 'approve')).json().error.details.proposalId).toBe(proposalId);
    const proposals = InclusionProposalList.parse(
      (await pusdatin.request({ method: 'GET', url: '/api/v1/dtks/inclusion-proposals?limit=200' })).json(),
    );
    const proposal = proposals.items.find((item) => item.id === proposalId);
    expect(proposal).toMatchObject({ status: 'open', nik: person.nik, beneficiaryId: person.beneficiaryId });

    // Pusdatin submits it to SIKS-NG, then records the inclusion with the new DTKS id
    const submitted = await pusdatin.request({
      method: 'POST',
      url: `/api/v1/dtks/inclusion-proposals/${proposalId}/decide`,
      headers: { 'if-match': `"${proposal?.version}"` },
      payload: { outcome: 'submitted' },
    });
    expect(submitted.json().status).toBe('submitted');
    const included = await pusdatin.request({
      method: 'POST',
      url: `/api/v1/dtks/inclusion-proposals/${proposalId}/decide`,
      headers: { 'if-match': `"${submitted.json().version}"` },
      payload: { outcome: 'included', dtksId: '3204120001234567' },
    });
    expect(included.statusCode, included.body).toBe(200);
    const standing = (
      await worker.request({ method: 'GET', url: `/api/v1/beneficiaries/${person.beneficiaryId}/dtks` })
    ).json();
    expect(standing).toMatchObject({ status: 'matched', dtksId: '3204120001234567', openProposal: null });
    expect(standing.history.map((entry: { status: string }) => entry.status)).toStrictEqual(['matched', 'not_matched']);

    // Now the manager approves, the worker hands it over and records the receipt
    const approved = SocialAidRequest.parse((await step(manager, aid, 'approve', { note: 'Sesuai kebutuhan' })).json());
    expect(approved.status).toBe('approved');
    const early = await step(worker, approved, 'deliver', { deliveredOn: '2026-02-01' });
    expect(early.statusCode).toBe(422);
    const delivered = SocialAidRequest.parse((await step(worker, approved, 'deliver', { deliveredOn: today })).json());
    expect(delivered).toMatchObject({ status: 'delivered', deliverySessionId: expect.any(String) });
    const received = SocialAidRequest.parse(
      (await step(worker, delivered, 'receipt', { receivedOn: today, receivedBy: 'guardian' })).json(),
    );
    expect(received).toMatchObject({ status: 'received', receivedBy: 'guardian', allowedActions: [] });
    const progress = CaseProgress.parse(
      (await worker.request({ method: 'GET', url: `/api/v1/cases/${person.caseId}/progress` })).json(),
    );
    expect(progress.components.find((line) => line.component === 'bantuan_asistensi_sosial')?.delivered).toBe(1);
    expect(progress.unplanned[0]).toMatchObject({ catalogueItem: { code: 'ba_bantuan_tunai' }, delivered: 1 });
    const list = (await worker.request({ method: 'GET', url: `/api/v1/cases/${person.caseId}/social-aid` })).json();
    expect(list).toMatchObject({
      dtksStatus: 'matched',
      items: [{ id: aid.id, status: 'received', reason: 'Biaya transport ke Balai' }],
    });
    const dump = await t.database.withSession((s) =>
      s.query('SELECT * FROM social_aid_requests WHERE id = $1', [aid.id]),
    );
    expect(JSON.stringify(dump)).not.toContain('Biaya transport');
  });

  test('a NIK problem blocks approval with its own advice; Pusdatin cannot touch people outside its queue', async () => {
    const person = await personInService();
    const aid = await requestCash(person.caseId);
    await pusdatin.request({
      method: 'POST',
      url: `/api/v1/dtks/beneficiaries/${person.beneficiaryId}/status`,
      payload: { status: 'nik_blocked', method: 'nik', checkedOn: today },
    });
    const blocked = await step(manager, aid, 'approve');
    expect(blocked.json().error.details.reason).toBe('dtks_nik_problem');
    expect(blocked.json().error.message).toContain('Dukcapil');
    const outsider = await personInService();
    const refused = await pusdatin.request({
      method: 'POST',
      url: `/api/v1/dtks/beneficiaries/${outsider.beneficiaryId}/status`,
      payload: { status: 'not_matched', method: 'nik', checkedOn: today },
    });
    expect(refused.statusCode).toBe(404);
    // A worker can put the person in the queue by hand (once)
    const asked = await worker.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${outsider.beneficiaryId}/dtks/check-requests`,
    });
    expect(asked.statusCode).toBe(201);
    const again = await worker.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${outsider.beneficiaryId}/dtks/check-requests`,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().openCheck.id).toBe(asked.json().openCheck.id);
  });

  test('vocational outcomes are recorded at termination and at aftercare, and shown with the progress', async () => {
    const person = await personInService();
    const read = (await worker.request({ method: 'GET', url: `/api/v1/cases/${person.caseId}` })).json();
    const move = (payload: object, version: number) =>
      worker.request({
        method: 'POST',
        url: `/api/v1/cases/${person.caseId}/transitions`,
        headers: { 'if-match': `"${version}"` },
        payload,
      });
    const misplaced = await move(
      { action: 'start_reintegration', vocationalOutcomes: [{ kind: 'certificate', achievedOn: today }] },
      read.version,
    );
    expect(misplaced.statusCode).toBe(422);
    const future = await move(
      {
        action: 'terminate',
        reason: 'completed',
        on: today,
        vocationalOutcomes: [{ kind: 'certificate', achievedOn: '2026-04-01' }],
      },
      read.version,
    );
    expect(future.json().error.details[0].path).toBe('body.vocationalOutcomes.0.achievedOn');
    const terminated = await move(
      {
        action: 'terminate',
        reason: 'completed',
        on: today,
        vocationalOutcomes: [
          {
            kind: 'course_completed',
            field: 'Pangkas rambut',
            achievedOn: '2026-02-20',
            detail: 'Kursus 3 bulan di Balai',
          },
          { kind: 'certificate', field: 'Pangkas rambut', achievedOn: '2026-02-25', detail: 'LSP-PR-0042' },
        ],
      },
      read.version,
    );
    expect(terminated.statusCode, terminated.body).toBe(200);
    const aftercare = await move({ action: 'start_aftercare' }, terminated.json().version);
    expect(aftercare.statusCode).toBe(200);
    const visits = (await worker.request({ method: 'GET', url: `/api/v1/cases/${person.caseId}/follow-ups` })).json()
      .items;
    const first = visits[0];
    const recordedVisit = await worker.request({
      method: 'POST',
      url: `/api/v1/follow-ups/${first.id}`,
      headers: { 'if-match': `"${first.version}"` },
      payload: {
        doneOn: today,
        substanceUse: 'none',
        workOrSchool: 'working',
        housing: 'stable',
        familyRelations: 'good',
        legalProblems: false,
        vocationalOutcomes: [
          { kind: 'business_started', field: 'Pangkas rambut', achievedOn: today, detail: 'Kios di rumah' },
        ],
      },
    });
    expect(recordedVisit.statusCode, recordedVisit.body).toBe(200);
    expect(recordedVisit.json().followUp.vocationalOutcomes).toMatchObject([
      { kind: 'business_started', stage: 'aftercare' },
    ]);
    const progress = CaseProgress.parse(
      (await worker.request({ method: 'GET', url: `/api/v1/cases/${person.caseId}/progress` })).json(),
    );
    expect(progress.vocationalOutcomes.map((outcome) => [outcome.stage, outcome.kind])).toStrictEqual([
      ['termination', 'course_completed'],
      ['termination', 'certificate'],
      ['aftercare', 'business_started'],
    ]);
    expect(progress.vocationalOutcomes[1]?.detail).toBe('LSP-PR-0042');
    const dump = await t.database.withSession((s) =>
      s.query('SELECT * FROM vocational_outcomes WHERE case_id = $1', [person.caseId]),
    );
    expect(JSON.stringify(dump)).not.toContain('LSP-PR-0042');
  });
});
