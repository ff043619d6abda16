import { Screening } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSIST_CASES, ASSIST_VIOLATIONS } from '../../test/assist-cases.js';
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

async function newCase(): Promise<string> {
  return buildCase(t.database.db, await buildBeneficiary(t.database.db, ipwl.id), ipwl.id);
}

const screen = (caseId: string, answers: unknown, instrument = 'assist-3.0') =>
  worker.request({ method: 'POST', url: `/api/v1/cases/${caseId}/screenings`, payload: { instrument, answers } });

describe(`POST /cases/:id/screenings as the contract says, on ${testDatabaseKind}`, () => {
  test.each(ASSIST_CASES.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const caseId = await newCase();
    const res = await screen(caseId, item.answers);
    expect(res.statusCode, res.body).toBe(201);
    const body = Screening.parse(res.json());
    expect(body).toMatchObject({
      instrument: 'assist-3.0',
      results: item.results,
      routingRisk: item.routingRisk,
      injectingRisk: item.injectingRisk,
      nextStep: item.nextStep,
    });
    expect(Object.keys(body.results).sort()).toStrictEqual(Object.keys(item.results).sort());
    const expectedStatus =
      item.nextStep === 'family_based_rehab'
        ? 'family_based_rehab'
        : item.nextStep === 'further_assessment'
          ? 'further_assessment'
          : 'screening';
    expect(body.caseStatus).toBe(expectedStatus);
  });

  test.each(ASSIST_VIOLATIONS.map((item) => [item.name, item] as const))(
    'skip logic: %s is 422 on its path',
    async (_name, item) => {
      const res = await screen(await newCase(), item.answers);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('invalid');
      expect(res.json().error.details.map((detail: { path: string }) => detail.path)).toContain(item.path);
    },
  );

  test('another instrument is refused', async () => {
    const res = await screen(await newCase(), { substances: {}, q8: 'never' }, 'audit-c');
    expect(res.statusCode).toBe(422);
  });

  test('the case moves along its route, keeps its history, and a routed case is not screened again', async () => {
    const caseId = await newCase();
    const moderate = ASSIST_CASES.find((item) => item.nextStep === 'further_assessment');
    const res = await screen(caseId, moderate?.answers);
    expect(res.json().caseStatus).toBe('further_assessment');
    const read = await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}` });
    expect(read.json().history.map((event: { action: string }) => event.action)).toStrictEqual([
      'start_screening',
      'route_further_assessment',
    ]);
    // Each move names where the case came from and where it went.
    expect(
      read
        .json()
        .history.map((event: { fromStatus: string; toStatus: string }) => `${event.fromStatus}>${event.toStatus}`),
    ).toStrictEqual(['intake>screening', 'screening>further_assessment']);
    // Moderate risk cannot be planned before the further assessment is complete.
    expect(read.json().allowedActions).not.toContain('approve_plan');
    const plan = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/plans`,
      payload: { setting: 'residential', startOn: '2026-03-01', plannedEndOn: '2026-09-01', goals: [], services: [] },
    });
    expect(plan.statusCode).toBe(409);
    expect(plan.json().error.details.refusal).toBe('case.assessment_required');
    expect((await screen(caseId, moderate?.answers)).statusCode).toBe(409);
    const list = await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}/screenings` });
    expect(list.json().items).toHaveLength(1);
  });

  test('a low-risk case goes straight to family-based rehabilitation, where its plan is started', async () => {
    const caseId = await newCase();
    const low = ASSIST_CASES.find((item) => item.nextStep === 'family_based_rehab');
    const res = await screen(caseId, low?.answers);
    expect(res.json().caseStatus).toBe('family_based_rehab');
    const read = await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}` });
    // Planning starts with the plan itself (POST /cases/:id/plans), not with a button on the case.
    expect(read.json().allowedActions).not.toContain('approve_plan');
    const plans = await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}/plans` });
    expect(plans.json()).toMatchObject({ items: [], canCreate: true });
  });
});
