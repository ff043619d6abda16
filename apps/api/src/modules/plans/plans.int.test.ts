import { Plan, PlanList } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildBeneficiary,
  buildCase,
  buildInstitution,
  buildStaff,
  type Session,
  signedInUser,
} from '../../test/builders.js';
import { buildPlannableCase, catalogueItemId } from '../../test/plan-builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

const today = '2026-03-02';
let t: TestApp;
let ipwl: { id: string };
let worker: Session;
let manager: Session;
let secondManager: Session;
let tc: string;
let homeVisit: string;
let counsellor: string;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date(`${today}T10:00:00+07:00`) });
  const db = t.database.db;
  ipwl = await buildInstitution(db, { type: 'ipwl', certified: true });
  worker = (await signedInUser(t.app, db, { role: 'pendamping', institutionId: ipwl.id })).session;
  manager = (await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl.id })).session;
  secondManager = (await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl.id })).session;
  tc = await catalogueItemId(db, 'tr_therapeutic_community');
  homeVisit = await catalogueItemId(db, 'dk_kunjungan_rumah');
  counsellor = (await buildStaff(db, ipwl.id, { role: 'konselor_adiksi' })).id;
});
afterAll(async () => {
  await t.close();
});

/** A plan as the editor sends it: two goals from the assessment's components, a service for each. */
function planBody(values: Record<string, unknown> = {}) {
  return {
    setting: 'residential',
    startOn: today,
    plannedEndOn: '2026-09-02',
    goals: [
      { component: 'terapi', description: 'Berhenti memakai sabu', target: 'Tes urin negatif 3 bulan berturut-turut' },
      {
        component: 'dukungan_keluarga',
        description: 'Hubungan dengan orang tua membaik',
        target: 'Kunjungan keluarga tiap bulan',
      },
    ],
    services: [
      { goal: 0, catalogueItemId: tc, frequency: { count: 5, period: 'per_week' }, responsibleStaffId: counsellor },
      { goal: 1, catalogueItemId: homeVisit, frequency: { count: 1, period: 'per_month' } },
    ],
    familyInvolvement: 'Ibu hadir dalam kelompok dukungan keluarga',
    ...values,
  };
}

async function create(session: Session, caseId: string, body = planBody()) {
  return session.request({ method: 'POST', url: `/api/v1/cases/${caseId}/plans`, payload: body });
}

async function act(session: Session, plan: Plan, action: string, payload?: Record<string, unknown>) {
  return session.request({
    method: 'POST',
    url: `/api/v1/plans/${plan.id}/${action}`,
    headers: { 'if-match': `"${plan.version}"` },
    ...(payload ? { payload } : {}),
  });
}

async function caseOf(caseId: string) {
  return (await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json();
}

describe(`intervention plans on ${testDatabaseKind}`, () => {
  test('a moderate-risk plan is not active until a manager other than its author approves it; then service may start', async () => {
    // Given a moderate-risk case in planning and a plan written and submitted by its social worker
    const { caseId } = await buildPlannableCase(t.database.db, ipwl.id, 'moderate');
    const created = await create(worker, caseId);
    expect(created.statusCode, created.body).toBe(201);
    const draft = Plan.parse(created.json());
    expect(draft).toMatchObject({ status: 'draft', requiresApproval: true, revision: 1, warnings: [] });
    expect(draft.allowedActions).toStrictEqual(['edit', 'submit']);
    expect(draft.services[0]).toMatchObject({
      plannedOccurrences: 132,
      responsibleStaffId: counsellor,
      unit: 'session',
    });
    const submitted = Plan.parse((await act(worker, draft, 'submit')).json());
    expect(submitted.status).toBe('submitted');

    // Then the case cannot start service yet, and does not know an active plan
    const waiting = await caseOf(caseId);
    expect(waiting).toMatchObject({ status: 'planned', activePlanId: null });
    expect(waiting.allowedActions).not.toContain('start_service');
    const early = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/transitions`,
      headers: { 'if-match': `"${waiting.version}"` },
      payload: { action: 'start_service' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.refusal).toBe('case.plan_required');

    // When the social worker tries to approve it herself: her role may not approve at all
    expect((await act(worker, submitted, 'approve', {})).statusCode).toBe(403);

    // When a manager approves it
    const approved = await act(manager, submitted, 'approve', { comment: 'Disetujui, pantau kehadiran TC' });
    expect(approved.statusCode, approved.body).toBe(200);
    const active = Plan.parse(approved.json());
    expect(active).toMatchObject({ status: 'active', decidedBy: expect.any(String) });
    expect(active.events.map((event) => event.action)).toStrictEqual(['create', 'submit', 'approve', 'activate']);
    expect(active.events[2]?.comment).toBe('Disetujui, pantau kehadiran TC');

    // Then the case knows its active plan and may start service; the history shows the plan's steps
    const ready = await caseOf(caseId);
    expect(ready.activePlanId).toBe(active.id);
    expect(ready.allowedActions).toContain('start_service');
    expect(ready.history.map((event: { action: string }) => event.action)).toEqual(['plan_submit', 'plan_approve']);
  });

  test('a manager who wrote a plan cannot approve it; another manager can', async () => {
    const { caseId } = await buildPlannableCase(t.database.db, ipwl.id, 'moderate');
    const draft = Plan.parse((await create(manager, caseId)).json());
    const submitted = Plan.parse((await act(manager, draft, 'submit')).json());
    expect(submitted.allowedActions).toStrictEqual([]);
    const own = await act(manager, submitted, 'approve', {});
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'forbidden', details: { refusal: 'plan.own_plan' } });
    expect(own.json().error.message).toContain('Pengelola lain');
    const queue = (await manager.request({ method: 'GET', url: '/api/v1/plans/awaiting-approval' })).json();
    expect(queue.items.find((item: { id: string }) => item.id === submitted.id)).toMatchObject({ canDecide: false });
    const byOther = await act(secondManager, submitted, 'approve', {});
    expect(byOther.statusCode, byOther.body).toBe(200);
    expect(byOther.json().status).toBe('active');
  });

  test('a low-risk case moves into planning with its plan, which is active once submitted, without approval', async () => {
    const { caseId } = await buildPlannableCase(t.database.db, ipwl.id, 'low');
    const draft = Plan.parse(
      (await create(worker, caseId, planBody({ setting: 'family_based', plannedEndOn: '2026-06-02' }))).json(),
    );
    expect(draft.requiresApproval).toBe(false);
    const moved = await caseOf(caseId);
    expect(moved.status).toBe('planned');
    expect(moved.history.at(-1)).toMatchObject({
      action: 'approve_plan',
      fromStatus: 'family_based_rehab',
      toStatus: 'planned',
      reason: 'plan_started',
    });
    const submitted = Plan.parse((await act(worker, draft, 'submit')).json());
    expect(submitted.status).toBe('active');
    expect((await caseOf(caseId)).activePlanId).toBe(submitted.id);
  });

  test('a returned plan carries the manager’s comment, is corrected and approved; a revision supersedes it and keeps goal keys', async () => {
    const { caseId } = await buildPlannableCase(t.database.db, ipwl.id, 'moderate');
    const draft = Plan.parse((await create(worker, caseId)).json());
    const submitted = Plan.parse((await act(worker, draft, 'submit')).json());
    const noComment = await act(manager, submitted, 'return', {});
    expect(noComment.statusCode).toBe(422);
    const returned = Plan.parse(
      (await act(manager, submitted, 'return', { comment: 'Target keluarga belum terukur' })).json(),
    );
    expect(returned.status).toBe('returned');
    expect(returned.events.at(-1)).toMatchObject({ action: 'return', comment: 'Target keluarga belum terukur' });

    // The worker corrects the returned plan and submits it again
    const body = planBody();
    body.goals[1] = {
      ...body.goals[1],
      target: 'Orang tua hadir 4 dari 6 pertemuan kelompok keluarga',
    } as (typeof body.goals)[1];
    const stale = await worker.request({
      method: 'PUT',
      url: `/api/v1/plans/${returned.id}`,
      headers: { 'if-match': '"1"' },
      payload: body,
    });
    expect(stale.statusCode).toBe(409);
    const saved = Plan.parse(
      (
        await worker.request({
          method: 'PUT',
          url: `/api/v1/plans/${returned.id}`,
          headers: { 'if-match': `"${returned.version}"` },
          payload: body,
        })
      ).json(),
    );
    expect(saved.goals[1]?.target).toContain('4 dari 6');
    const again = Plan.parse((await act(worker, saved, 'submit')).json());
    const active = Plan.parse((await act(manager, again, 'approve', {})).json());
    expect(active.allowedActions).toStrictEqual(['revise']);

    // A revision starts from the active plan: same goal keys, a new revision number; the first stays active meanwhile
    const revisionBody = planBody({
      plannedEndOn: '2026-10-02',
      goals: active.goals.map((goal) => ({
        key: goal.key,
        component: goal.component,
        description: goal.description,
        target: goal.target,
      })),
    });
    const revision = Plan.parse((await create(worker, caseId, revisionBody)).json());
    expect(revision.revision).toBe(2);
    expect(revision.goals.map((goal) => goal.key)).toStrictEqual(active.goals.map((goal) => goal.key));
    expect((await create(worker, caseId, revisionBody)).json().error.details.reason).toBe('open_revision');
    const approvedRevision = Plan.parse(
      (await act(manager, Plan.parse((await act(worker, revision, 'submit')).json()), 'approve', {})).json(),
    );
    const list = PlanList.parse((await worker.request({ method: 'GET', url: `/api/v1/cases/${caseId}/plans` })).json());
    expect(list.items.map((item) => [item.revision, item.status])).toStrictEqual([
      [2, 'active'],
      [1, 'superseded'],
    ]);
    expect(list.items[1]?.events.at(-1)?.action).toBe('supersede');
    expect((await caseOf(caseId)).activePlanId).toBe(approvedRevision.id);
  });

  test('every problem of a plan is reported at its field; a residential plan of 3 months warns', async () => {
    const { caseId } = await buildPlannableCase(t.database.db, ipwl.id, 'moderate');
    const other = await buildInstitution(t.database.db, { type: 'ipwl' });
    const outsider = (await buildStaff(t.database.db, other.id)).id;
    const bad = await create(
      worker,
      caseId,
      planBody({
        startOn: '2025-12-01',
        plannedEndOn: '2025-11-01',
        services: [
          {
            goal: 5,
            catalogueItemId: '01930000-0000-7000-8000-000000000000',
            frequency: { count: 1, period: 'per_week' },
          },
          { catalogueItemId: tc, frequency: { count: 1, period: 'per_week' }, responsibleStaffId: outsider },
        ],
      }),
    );
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .error.details.map((detail: { path: string }) => detail.path)
        .sort(),
    ).toStrictEqual([
      'body.plannedEndOn',
      'body.services.0.catalogueItemId',
      'body.services.0.goal',
      'body.services.1.responsibleStaffId',
      'body.startOn',
    ]);
    const english = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/plans`,
      headers: { 'accept-language': 'en' },
      payload: planBody({ plannedEndOn: '2030-01-01' }),
    });
    expect(english.json().error.details[0].message).toBe(
      'A plan runs at most 24 months; write a revision for the next period.',
    );
    const short = Plan.parse((await create(worker, caseId, planBody({ plannedEndOn: '2026-06-02' }))).json());
    expect(short.warnings).toStrictEqual(['residential_duration']);
    const empty = Plan.parse(
      (
        await worker.request({
          method: 'PUT',
          url: `/api/v1/plans/${short.id}`,
          headers: { 'if-match': `"${short.version}"` },
          payload: planBody({ goals: [], services: [] }),
        })
      ).json(),
    );
    const incomplete = await act(worker, empty, 'submit');
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().error.details.missing).toStrictEqual(['goals', 'services']);
  });

  test('no plan before the further assessment is complete, nor by hand; none outside scope; texts sealed at rest', async () => {
    const db = t.database.db;
    const assessing = await buildCase(db, await buildBeneficiary(db, ipwl.id), ipwl.id, 'further_assessment');
    const refused = await create(worker, assessing);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.refusal).toBe('case.assessment_required');
    const { caseId } = await buildPlannableCase(db, ipwl.id, 'low');
    const manual = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/transitions`,
      headers: { 'if-match': '"1"' },
      payload: { action: 'approve_plan' },
    });
    expect(manual.statusCode).toBe(422);
    const elsewhere = (await signedInUser(t.app, db, { role: 'pendamping' })).session;
    expect((await create(elsewhere, caseId)).statusCode).toBe(404);
    const plan = Plan.parse((await create(worker, caseId)).json());
    expect((await elsewhere.request({ method: 'GET', url: `/api/v1/plans/${plan.id}` })).statusCode).toBe(404);
    const dump = await t.database.withSession((s) =>
      s.query(`SELECT p.*, g.* FROM intervention_plans p JOIN plan_goals g ON g.plan_id = p.id WHERE p.id = $1`, [
        plan.id,
      ]),
    );
    const text = JSON.stringify(dump);
    expect(text).not.toContain('Berhenti memakai sabu');
    expect(text).not.toContain('Ibu hadir');
    expect(plan.familyInvolvement).toBe('Ibu hadir dalam kelompok dukungan keluarga');
  });
});
