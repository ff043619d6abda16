import { Assessment } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSIST_CASES } from '../../test/assist-cases.js';
import { buildBeneficiary, buildCase, buildInstitution, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let worker: Session;
let ipwl: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', certified: true });
  worker = (await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: ipwl.id })).session;
});
afterAll(async () => {
  await t.close();
});

/** A case screened at moderate risk: waiting for its further assessment. */
async function moderateCase(): Promise<string> {
  const caseId = await buildCase(t.database.db, await buildBeneficiary(t.database.db, ipwl.id), ipwl.id);
  const moderate = ASSIST_CASES.find((item) => item.name.startsWith('the contract’s example'));
  const res = await worker.request({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/screenings`,
    payload: { instrument: 'assist-3.0', answers: moderate?.answers },
  });
  expect(res.json().caseStatus).toBe('further_assessment');
  return caseId;
}

const full = {
  domains: Object.fromEntries(
    ['medical', 'employment_support', 'drug_use', 'alcohol_use', 'legal', 'family_social', 'psychiatric'].map(
      (domain, index) => [domain, { rating: index + 2, note: `Catatan ${domain}` }],
    ),
  ),
  urineTest: { result: 'positive', substances: ['metamfetamin'] },
  needs: {
    dukungan_keluarga: { need: 'high', note: 'Konflik dengan orang tua' },
    terapi: { need: 'some' },
    hidup_layak: { need: 'none' },
  },
  stageOfChange: 'preparation',
  recommendation: {
    medicalRehab: 'outpatient_referral',
    socialSetting: 'community_based',
    justification: 'Dukungan keluarga masih ada',
  },
};

describe(`further assessment on ${testDatabaseKind}`, () => {
  test('saved as a draft, completed with everything needed: the case moves to planning with the components pre-filled', async () => {
    const caseId = await moderateCase();
    const partial = await worker.request({
      method: 'PUT',
      url: `/api/v1/cases/${caseId}/assessment`,
      payload: { domains: { medical: { rating: 3 } } },
    });
    expect(partial.statusCode, partial.body).toBe(200);
    const early = await worker.request({ method: 'POST', url: `/api/v1/cases/${caseId}/assessment/complete` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.missing).toContain('domains.psychiatric');

    const saved = await worker.request({ method: 'PUT', url: `/api/v1/cases/${caseId}/assessment`, payload: full });
    expect(saved.statusCode).toBe(200);
    const done = await worker.request({ method: 'POST', url: `/api/v1/cases/${caseId}/assessment/complete` });
    expect(done.statusCode, done.body).toBe(200);
    const assessment = Assessment.parse(done.json());
    expect(assessment).toMatchObject({
      status: 'completed',
      recommendedComponents: ['dukungan_keluarga', 'terapi'],
      recommendation: {
        medicalRehab: 'outpatient_referral',
        socialSetting: 'community_based',
        justification: 'Dukungan keluarga masih ada',
      },
      domains: { medical: { rating: 2, note: 'Catatan medical' } },
    });
    const read = await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}` });
    expect(read.json()).toMatchObject({ status: 'planned', assessmentCompleted: true });
    const again = await worker.request({ method: 'PUT', url: `/api/v1/cases/${caseId}/assessment`, payload: full });
    expect(again.statusCode).toBe(409);
    const dump = await t.database.withSession((s) => s.query('SELECT * FROM assessments WHERE case_id = $1', [caseId]));
    expect(JSON.stringify(dump)).not.toContain('Konflik dengan orang tua');
  });

  test('out-of-range ratings are 422; a case that is not in further assessment is 409', async () => {
    const caseId = await moderateCase();
    const bad = await worker.request({
      method: 'PUT',
      url: `/api/v1/cases/${caseId}/assessment`,
      payload: { domains: { legal: { rating: 10 } } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].path).toBe('body.domains.legal.rating');
    const fresh = await buildCase(t.database.db, await buildBeneficiary(t.database.db, ipwl.id), ipwl.id);
    expect(
      (await worker.request({ method: 'PUT', url: `/api/v1/cases/${fresh}/assessment`, payload: full })).statusCode,
    ).toBe(409);
  });
});
