import { type Case, Referral } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let today = '2026-11-23';
let balai: { id: string };
let ipwl: { id: string };
let worker: Session;
let manager: Session;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date(`${today}T10:00:00+07:00`) });
  const directorate = await buildInstitution(t.database.db, { type: 'direktorat' });
  balai = await buildInstitution(t.database.db, { type: 'balai', parentId: directorate.id, certified: true });
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', parentId: balai.id, certified: true });
  worker = (await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: ipwl.id })).session;
  manager = (await signedInUser(t.app, t.database.db, { role: 'balai_manager', institutionId: balai.id })).session;
});
afterAll(async () => {
  await t.close();
});

async function openCase(): Promise<{ beneficiaryId: string; caseId: string }> {
  const beneficiaryId = (
    await worker.request({
      method: 'POST',
      url: '/api/v1/beneficiaries',
      payload: {
        noNikReason: 'KTP hilang',
        fullName: 'Dimas Rujukan',
        sex: 'M',
        birthDate: '1994-06-06',
        regionCode: '32.04.12',
      },
    })
  ).json().id as string;
  const opened = await worker.request({
    method: 'POST',
    url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
    payload: { intakeSource: 'self' },
  });
  return { beneficiaryId, caseId: (opened.json() as Case).id };
}

const consent = (beneficiaryId: string, values: Record<string, unknown> = {}) =>
  worker.request({
    method: 'POST',
    url: `/api/v1/beneficiaries/${beneficiaryId}/consents`,
    payload: {
      purpose: 'referral',
      categories: ['identity', 'case', 'screening'],
      givenBy: 'person',
      givenOn: '2026-11-01',
      ...values,
    },
  });

const refer = (caseId: string, values: Record<string, unknown> = {}) =>
  worker.request({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/referrals`,
    payload: {
      toInstitutionId: balai.id,
      kind: 'transfer',
      reason: 'Perlu rehabilitasi residensial',
      documents: ['Hasil skrining'],
      ...values,
    },
  });

describe(`referrals on ${testDatabaseKind}`, () => {
  test('a referral without a valid consent is refused; with one it is sent, and the disclosure is listed', async () => {
    const { beneficiaryId, caseId } = await openCase();
    const refused = await refer(caseId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', details: { reason: 'consent_required' } });

    // A consent for another institution, an expired one and one without the case data do not count either.
    const other = await buildInstitution(t.database.db, { type: 'balai' });
    await consent(beneficiaryId, { recipientInstitutionId: other.id });
    await consent(beneficiaryId, { givenOn: '2025-01-01', expiresOn: '2025-12-31' });
    await consent(beneficiaryId, { categories: ['identity'] });
    expect((await refer(caseId)).statusCode).toBe(409);

    const given = await consent(beneficiaryId, { recipientInstitutionId: balai.id, expiresOn: '2027-11-01' });
    expect(given.statusCode).toBe(201);
    expect(given.json().isValid).toBe(true);
    const sent = await refer(caseId);
    expect(sent.statusCode, sent.body).toBe(201);
    const referral = Referral.parse(sent.json());
    expect(referral).toMatchObject({
      status: 'pending',
      kind: 'transfer',
      toInstitutionId: balai.id,
      consentId: given.json().id,
      dueOn: '2026-11-30',
      isOverdue: false,
      reason: 'Perlu rehabilitasi residensial',
    });
    expect(referral.notice).toContain('tidak boleh diteruskan');

    const disclosures = await worker.request({
      method: 'GET',
      url: `/api/v1/beneficiaries/${beneficiaryId}/disclosures`,
    });
    expect(disclosures.json().items).toStrictEqual([
      expect.objectContaining({
        caseId,
        fromInstitutionId: ipwl.id,
        recipientInstitutionId: balai.id,
        purpose: 'referral',
        categories: ['identity', 'case'],
        consentId: given.json().id,
      }),
    ]);
    expect((await refer(caseId)).statusCode).toBe(409);
  });

  test('a revoked consent no longer allows a referral', async () => {
    const { beneficiaryId, caseId } = await openCase();
    const given = (await consent(beneficiaryId)).json();
    const revoked = await worker.request({
      method: 'POST',
      url: `/api/v1/consents/${given.id}/revoke`,
      payload: { revokedOn: today },
    });
    expect(revoked.json()).toMatchObject({ revokedOn: today, isValid: false });
    expect((await refer(caseId)).statusCode).toBe(409);
  });

  test('the Balai accepts a transfer: the case moves there, the person becomes visible, the loop closes with an outcome', async () => {
    const { beneficiaryId, caseId } = await openCase();
    await consent(beneficiaryId);
    const referral = (await refer(caseId)).json() as Referral;
    const incoming = await manager.request({
      method: 'GET',
      url: '/api/v1/referrals?direction=incoming&status=pending',
    });
    expect(incoming.json().items.map((item: Referral) => item.id)).toContain(referral.id);
    const accepted = await manager.request({
      method: 'POST',
      url: `/api/v1/referrals/${referral.id}/accept`,
      headers: { 'if-match': '"1"' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    const moved = await manager.request({ method: 'GET', url: `/api/v1/cases/${caseId}` });
    expect(moved.json()).toMatchObject({ institutionId: balai.id, assignedWorkerId: null });
    expect(moved.json().history.map((event: { action: string }) => event.action)).toStrictEqual([
      'open',
      'refer',
      'transfer_in',
    ]);
    // The IPWL no longer holds the case, but it sees the outcome it asked for.
    const outcome = await manager.request({
      method: 'POST',
      url: `/api/v1/referrals/${referral.id}/outcome`,
      headers: { 'if-match': '"2"' },
      payload: { outcome: 'Diterima di program residensial 6 bulan' },
    });
    expect(outcome.json()).toMatchObject({ status: 'completed', outcome: 'Diterima di program residensial 6 bulan' });
    const sent = await worker.request({ method: 'GET', url: '/api/v1/referrals?direction=outgoing' });
    expect(sent.json().items.find((item: Referral) => item.id === referral.id)?.outcome).toBe(
      'Diterima di program residensial 6 bulan',
    );
    // Free text is sealed.
    const [row] = await t.database.withSession((s) =>
      s.query<Record<string, unknown>>('SELECT * FROM referrals WHERE id = $1', [referral.id]),
    );
    expect(JSON.stringify(row)).not.toContain('residensial');
  });

  test('the sender cannot accept its own referral; a decline needs a reason; overdue referrals are escalated to the Balai', async () => {
    const { beneficiaryId, caseId } = await openCase();
    await consent(beneficiaryId);
    const otherBalai = await buildInstitution(t.database.db, { type: 'balai', certified: true });
    const receiverIpwl = await buildInstitution(t.database.db, {
      type: 'ipwl',
      parentId: otherBalai.id,
      certified: true,
    });
    const referral = (await refer(caseId, { toInstitutionId: receiverIpwl.id, kind: 'service' })).json() as Referral;
    const self = await worker.request({
      method: 'POST',
      url: `/api/v1/referrals/${referral.id}/accept`,
      headers: { 'if-match': '"1"' },
    });
    expect(self.statusCode).toBe(403);
    const { session: receiver } = await signedInUser(t.app, t.database.db, {
      role: 'ipwl_manager',
      institutionId: receiverIpwl.id,
    });
    const noReason = await receiver.request({
      method: 'POST',
      url: `/api/v1/referrals/${referral.id}/decline`,
      headers: { 'if-match': '"1"' },
      payload: {},
    });
    expect(noReason.statusCode).toBe(422);

    today = '2026-12-05';
    try {
      const overdue = await worker.request({ method: 'GET', url: `/api/v1/referrals/${referral.id}` });
      expect(overdue.json().isOverdue).toBe(true);
      const { session: director } = await signedInUser(t.app, t.database.db, { role: 'direktorat' });
      const run = await director.request({ method: 'POST', url: '/api/v1/alerts/run' });
      expect(run.json().escalatedReferrals).toBeGreaterThanOrEqual(1);
      const { session: supervisor } = await signedInUser(t.app, t.database.db, {
        role: 'balai_manager',
        institutionId: otherBalai.id,
      });
      const worklist = await supervisor.request({ method: 'GET', url: '/api/v1/worklist' });
      expect(worklist.json().overdueReferrals).toContainEqual(
        expect.objectContaining({ id: referral.id, escalated: true }),
      );
      const declined = await receiver.request({
        method: 'POST',
        url: `/api/v1/referrals/${referral.id}/decline`,
        // Escalation is a marker of the system, not an edit: the version stays.
        headers: { 'if-match': '"1"' },
        payload: { reason: 'Kuota layanan penuh bulan ini' },
      });
      expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Kuota layanan penuh bulan ini' });
    } finally {
      today = '2026-11-23';
    }
  });
});

describe(`referral targets on ${testDatabaseKind}`, () => {
  test('a worker can pick any open institution outside their own scope, never the Directorate', async () => {
    const faskes = await buildInstitution(t.database.db, { type: 'faskes' });
    const res = await worker.request({ method: 'GET', url: '/api/v1/referral-targets' });
    const items = res.json().items as { id: string; type: string }[];
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining([faskes.id, balai.id]));
    expect(items.some((item) => item.type === 'direktorat')).toBe(false);
    const onlyFaskes = await worker.request({ method: 'GET', url: '/api/v1/referral-targets?type=faskes' });
    expect(new Set(onlyFaskes.json().items.map((item: { type: string }) => item.type))).toStrictEqual(
      new Set(['faskes']),
    );
  });
});

describe(`aftercare, notes and the work list on ${testDatabaseKind}`, () => {
  async function move(caseId: string, version: number, payload: Record<string, unknown>) {
    const res = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/transitions`,
      headers: { 'if-match': `"${version}"` },
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Case;
  }

  test('aftercare is scheduled at 1, 3, 6 and 12 months after termination; a relapse opens a new linked case', async () => {
    const { caseId } = await openCase();
    // An episode that began a year ago.
    await t.database.withSession((s) =>
      s.query(`UPDATE cases SET opened_at = '2025-06-01T08:00:00+07:00' WHERE id = $1`, [caseId]),
    );
    await move(caseId, 1, { action: 'terminate', reason: 'completed', on: '2026-01-31' });
    const inAftercare = await move(caseId, 2, { action: 'start_aftercare' });
    expect(inAftercare.status).toBe('aftercare');
    const followUps = (await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}/follow-ups` })).json().items;
    expect(followUps.map((item: { dueOn: string }) => item.dueOn)).toStrictEqual([
      '2026-02-28',
      '2026-04-30',
      '2026-07-31',
      '2027-01-31',
    ]);
    expect(followUps[0].isOverdue).toBe(true);

    const worklist = (await worker.request({ method: 'GET', url: '/api/v1/worklist' })).json();
    expect(worklist.dueFollowUps.map((item: { id: string }) => item.id)).toContain(followUps[0].id);

    const recorded = await worker.request({
      method: 'POST',
      url: `/api/v1/follow-ups/${followUps[0].id}`,
      headers: { 'if-match': '"1"' },
      payload: {
        doneOn: '2026-03-02',
        substanceUse: 'relapse',
        workOrSchool: 'neither',
        housing: 'unstable',
        familyRelations: 'strained',
        legalProblems: false,
        note: 'Kembali memakai sabu setelah kehilangan pekerjaan',
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const { newCaseId } = recorded.json();
    expect(newCaseId).toEqual(expect.any(String));
    const next = await worker.request({ method: 'GET', url: `/api/v1/cases/${newCaseId}` });
    expect(next.json()).toMatchObject({ status: 'intake', previousCaseId: caseId });
    expect((await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json().status).toBe('closed');
    const dump = await t.database.withSession((s) =>
      s.query('SELECT note_cipher FROM follow_ups WHERE case_id = $1', [caseId]),
    );
    expect(JSON.stringify(dump)).not.toContain('sabu');
  });

  test('case notes are sealed at rest and every read is audited', async () => {
    const { caseId } = await openCase();
    const added = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/notes`,
      payload: { body: 'Klien menceritakan konflik dengan ayahnya.' },
    });
    expect(added.statusCode).toBe(201);
    const notes = await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}/notes` });
    expect(notes.json().items).toStrictEqual([
      expect.objectContaining({ body: 'Klien menceritakan konflik dengan ayahnya.', authorName: 'Pengguna Uji' }),
    ]);
    const dump = await t.database.withSession((s) => s.query('SELECT * FROM case_notes WHERE case_id = $1', [caseId]));
    expect(JSON.stringify(dump)).not.toContain('ayahnya');
    const reads = await t.database.withSession((s) =>
      s.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'case.notes_read'`,
        [caseId],
      ),
    );
    expect(reads[0]?.n).toBe(1);
  });

  test('the work list shows my cases and the referrals waiting for my institution', async () => {
    const { beneficiaryId, caseId } = await openCase();
    await consent(beneficiaryId);
    const referral = (await refer(caseId)).json() as Referral;
    const mine = (await worker.request({ method: 'GET', url: '/api/v1/worklist' })).json();
    expect(mine.myCases.map((item: { id: string }) => item.id)).toContain(caseId);
    const balaiList = (await manager.request({ method: 'GET', url: '/api/v1/worklist' })).json();
    expect(balaiList.incomingReferrals.map((item: { id: string }) => item.id)).toContain(referral.id);
  });
});
