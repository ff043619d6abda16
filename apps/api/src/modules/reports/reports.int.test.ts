import { ScreeningReport } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBeneficiary, buildCase, buildInstitution, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';
import { screenings } from '../screening/index.js';

let t: TestApp;
let ipwl: { id: string };
let worker: Session;
let manager: Session;

const MODERATE_ALCOHOL = {
  substances: {
    alcohol: {
      q1: true,
      q2: 'weekly',
      q3: 'monthly',
      q4: 'once_or_twice',
      q5: 'never',
      q6: 'past_3_months',
      q7: 'never',
    },
    cannabis: { q1: true, q2: 'never', q6: 'earlier', q7: 'never' },
  },
  q8: 'never',
};
const LOW_CANNABIS = {
  substances: { cannabis: { q1: true, q2: 'never', q6: 'earlier', q7: 'never' } },
  q8: 'never',
};
const INJECTING = { substances: { opioids: { q1: true, q2: 'never', q6: 'never', q7: 'never' } }, q8: 'past_3_months' };

/** Screens a new case with `answers`, then dates the screening at noon (WIB) of `day`. */
async function screenedOn(day: string, answers: unknown) {
  const db = t.database.db;
  const caseId = await buildCase(db, await buildBeneficiary(db, ipwl.id), ipwl.id);
  const res = await worker.request({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/screenings`,
    payload: { instrument: 'assist-3.0', answers },
  });
  expect(res.statusCode, res.body).toBe(201);
  await db
    .update(screenings)
    .set({ screenedAt: new Date(`${day}T12:00:00+07:00`) })
    .where(eq(screenings.id, res.json().id));
}

beforeAll(async () => {
  t = await buildTestApp();
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', certified: true });
  worker = (await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: ipwl.id })).session;
  manager = (await signedInUser(t.app, t.database.db, { role: 'ipwl_manager', institutionId: ipwl.id })).session;
  // March 2026: 5 moderate (alcohol) and 1 low (cannabis); April: 2 injecting (moderate); 1 on 1 May 00:30 WIB.
  for (let index = 0; index < 5; index += 1) await screenedOn('2026-03-10', MODERATE_ALCOHOL);
  await screenedOn('2026-03-31', LOW_CANNABIS);
  await screenedOn('2026-04-02', INJECTING);
  await screenedOn('2026-04-20', INJECTING);
  const lateCase = await buildCase(t.database.db, await buildBeneficiary(t.database.db, ipwl.id), ipwl.id);
  const late = await worker.request({
    method: 'POST',
    url: `/api/v1/cases/${lateCase}/screenings`,
    payload: { instrument: 'assist-3.0', answers: LOW_CANNABIS },
  });
  // 30 April 17:30 UTC is 1 May 00:30 in Jakarta: it belongs to May.
  await t.database.db
    .update(screenings)
    .set({ screenedAt: new Date('2026-04-30T17:30:00Z') })
    .where(eq(screenings.id, late.json().id));
});
afterAll(async () => {
  await t.close();
});

const report = (session: Session, query: string) =>
  session.request({ method: 'GET', url: `/api/v1/reports/screenings?${query}` });

describe(`the screening report, on ${testDatabaseKind}`, () => {
  test('per month in Jakarta time, by routing risk, with counts under 5 suppressed', async () => {
    const res = await report(manager, `from=2026-03&to=2026-05&by=month&institutionId=${ipwl.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = ScreeningReport.parse(res.json());
    expect(body.suppressBelow).toBe(5);
    expect(body.rows).toStrictEqual([
      {
        key: '2026-03',
        label: '2026-03',
        screenings: 6,
        low: null,
        moderate: 5,
        high: 0,
        injecting: 0,
        furtherAssessment: 5,
      },
      {
        key: '2026-04',
        label: '2026-04',
        screenings: null,
        low: 0,
        moderate: null,
        high: 0,
        injecting: null,
        furtherAssessment: null,
      },
      {
        key: '2026-05',
        label: '2026-05',
        screenings: null,
        low: null,
        moderate: 0,
        high: 0,
        injecting: 0,
        furtherAssessment: 0,
      },
    ]);
    expect(body.total).toMatchObject({ screenings: 9, low: null, moderate: 7, injecting: null, furtherAssessment: 7 });
  });

  test('per substance group, with each group’s own bands', async () => {
    const res = await report(manager, `from=2026-03&to=2026-03&by=substance&institutionId=${ipwl.id}`);
    const rows = ScreeningReport.parse(res.json()).rows;
    // alcohol in 5 screenings, all moderate; cannabis in 6 (5 with alcohol, 1 alone), all low (score 3)
    expect(rows.map((row) => [row.key, row.screenings, row.low, row.moderate])).toStrictEqual([
      ['alcohol', 5, 0, 5],
      ['cannabis', 6, 6, 0],
    ]);
    expect(rows[0]?.label).toBe('Minuman beralkohol');
  });

  test('per institution: names, and only what the caller reaches', async () => {
    const res = await report(manager, 'from=2026-03&to=2026-04&by=institution');
    const rows = ScreeningReport.parse(res.json()).rows;
    expect(rows.map((row) => row.key)).toStrictEqual([ipwl.id]);
    expect(rows[0]?.screenings).toBe(8);
    const other = (await signedInUser(t.app, t.database.db, { role: 'ipwl_manager' })).session;
    const outside = await report(other, `from=2026-03&to=2026-04&institutionId=${ipwl.id}`);
    expect(outside.statusCode).toBe(404);
    const theirs = ScreeningReport.parse((await report(other, 'from=2026-03&to=2026-04&by=institution')).json());
    expect(theirs.rows).toStrictEqual([]);
    expect(theirs.total.screenings).toBe(0);
  });

  test('the Directorate sees it nationally; a social worker may not; a bad period is refused', async () => {
    const directorate = (await signedInUser(t.app, t.database.db, { role: 'direktorat' })).session;
    const national = await report(directorate, 'from=2026-03&to=2026-04&by=institution_province');
    expect(national.statusCode).toBe(200);
    expect((await report(worker, 'from=2026-03&to=2026-04')).statusCode).toBe(403);
    const backwards = await report(directorate, 'from=2026-05&to=2026-03');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0]).toMatchObject({ path: 'query.to' });
    const badMonth = await report(directorate, 'from=2026-13&to=2026-12');
    expect(badMonth.json().error.details[0].message).toContain('TTTT-BB');
  });
});
