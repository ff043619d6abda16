import {
  ASESMEN_LANJUT_V1,
  ASSIST_V3,
  type AssistDefinition,
  type CreateScreeningInput,
  InstrumentVersion,
  scoreAssist,
} from '@atensi/contracts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../app.js';
import {
  buildBeneficiary,
  buildCase,
  buildInstitution,
  type Session,
  signedInUser,
  signIn,
} from '../../test/builders.js';
import {
  buildTestApp,
  type TestApp,
  testAuthConfig,
  testDatabaseKind,
  testKeyRing,
  uniqueName,
} from '../../test/test-database.js';

let t: TestApp;
let revisedApp: FastifyInstance;
let worker: Session;
let workerOnRevised: Session;
let ipwl: { id: string };

// A revision of ASSIST as a later release might publish it: Q2 "daily" weighs 8 instead of 6. The title is unique
// per run so that every run on the shared PostgreSQL test database publishes a revision of its own.
const revised: AssistDefinition = structuredClone(ASSIST_V3);
revised.title = { id: uniqueName('Revisi uji'), en: 'Test revision' };
for (const question of revised.questions) {
  if (question.key !== 'q2') continue;
  for (const option of question.options) if (option.value === 'daily') option.weight = 8;
}

const DAILY_ALCOHOL: CreateScreeningInput = {
  instrument: 'assist-3.0',
  answers: {
    substances: {
      alcohol: { q1: true, q2: 'daily', q3: 'weekly', q4: 'never', q5: 'never', q6: 'never', q7: 'never' },
    },
    q8: 'never',
  },
};

beforeAll(async () => {
  t = await buildTestApp();
  // A second process of a later release, on the same database, with the revised instrument in force.
  revisedApp = await buildApp({
    database: t.database,
    logLevel: 'silent',
    webDir: null,
    auth: testAuthConfig(),
    keyRing: testKeyRing(),
    instruments: { 'assist-3.0': revised, 'asesmen-lanjut-1': ASESMEN_LANJUT_V1 },
  });
  await revisedApp.ready();
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', certified: true });
  const signed = await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: ipwl.id });
  worker = signed.session;
  workerOnRevised = await signIn(revisedApp, signed.user);
});
afterAll(async () => {
  await revisedApp.close();
  await t.close();
});

async function newCase(): Promise<string> {
  return buildCase(t.database.db, await buildBeneficiary(t.database.db, ipwl.id), ipwl.id);
}

describe(`instruments as versioned data, on ${testDatabaseKind}`, () => {
  test('the definitions in force are published once and served with their wording in both languages', async () => {
    const first = await worker.request({ method: 'GET', url: '/api/v1/instruments/assist-3.0' });
    expect(first.statusCode).toBe(200);
    const body = InstrumentVersion.parse(first.json());
    expect(body.definition).toStrictEqual(ASSIST_V3);
    const again = await worker.request({ method: 'GET', url: '/api/v1/instruments/assist-3.0' });
    expect(again.json().revision).toBe(body.revision);
    const list = await worker.request({ method: 'GET', url: '/api/v1/instruments' });
    const assist = list.json().items.find((item: { instrument: string }) => item.instrument === 'assist-3.0');
    expect(assist.revisions.map((item: { revision: number }) => item.revision)).toContain(body.revision);
    const assessment = await worker.request({ method: 'GET', url: '/api/v1/instruments/asesmen-lanjut-1' });
    expect(assessment.json().definition.domains).toHaveLength(7);
    expect(assessment.json().definition.domains[0].label).toStrictEqual({ id: 'Status medis', en: 'Medical status' });
  });

  test('a revised instrument scores new screenings with its own weights, and old ones keep theirs', async () => {
    // Given a screening scored with the instrument in force
    const oldCase = await newCase();
    const before = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${oldCase}/screenings`,
      payload: DAILY_ALCOHOL,
    });
    expect(before.statusCode, before.body).toBe(201);
    // 6 (daily) + 5 (weekly urge) = 11: moderate for alcohol
    expect(before.json().results.alcohol).toStrictEqual({ score: 11, risk: 'moderate' });
    const oldRevision = before.json().instrumentRevision as number;

    // When a process with the revised instrument screens another person with the same answers
    const after = await workerOnRevised.request({
      method: 'POST',
      url: `/api/v1/cases/${await newCase()}/screenings`,
      payload: DAILY_ALCOHOL,
    });

    // Then the new screening is scored with the revision's weights (8 + 5 = 13) under a new revision number
    expect(after.statusCode, after.body).toBe(201);
    expect(after.json().results.alcohol).toStrictEqual({ score: 13, risk: 'moderate' });
    expect(after.json().instrumentRevision).toBeGreaterThan(oldRevision);

    // And the old screening, read by the new process, keeps its score and its revision
    const list = await workerOnRevised.request({ method: 'GET', url: `/api/v1/cases/${oldCase}/screenings` });
    expect(list.json().items[0]).toMatchObject({
      instrumentRevision: oldRevision,
      results: { alcohol: { score: 11 } },
    });

    // And re-scoring the stored answers with the stored revision gives exactly what was stored
    const stored = await worker.request({
      method: 'GET',
      url: `/api/v1/instruments/assist-3.0/revisions/${oldRevision}`,
    });
    const definition = InstrumentVersion.parse(stored.json()).definition as AssistDefinition;
    expect(scoreAssist(DAILY_ALCOHOL.answers, definition).results).toStrictEqual(before.json().results);
  });

  test('an assessment carries the revision of its instrument', async () => {
    const caseId = await buildCase(
      t.database.db,
      await buildBeneficiary(t.database.db, ipwl.id),
      ipwl.id,
      'further_assessment',
    );
    const current = await worker.request({ method: 'GET', url: '/api/v1/instruments/asesmen-lanjut-1' });
    const saved = await worker.request({
      method: 'PUT',
      url: `/api/v1/cases/${caseId}/assessment`,
      payload: { domains: { medical: { rating: 2 } } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().instrumentRevision).toBe(current.json().revision);
  });

  test('an unknown revision is 404 and an unknown instrument is refused', async () => {
    const missing = await worker.request({ method: 'GET', url: '/api/v1/instruments/assist-3.0/revisions/99999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('99999');
    const unknown = await worker.request({ method: 'GET', url: '/api/v1/instruments/audit-c' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('invalid');
  });
});
