import { Caseload } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { uuidv7 } from '../../platform/db/uuid.js';
import {
  buildBeneficiary,
  buildCase,
  buildInstitution,
  buildStaff,
  buildUser,
  signedInUser,
} from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';
import { cases } from '../cases/index.js';
import { staff } from '../workforce/index.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

/** `count` cases at the institution in `status`, assigned to `workerId`. */
async function casesFor(
  institutionId: string,
  workerId: string | null,
  count: number,
  status: 'intake' | 'in_service' | 'aftercare' | 'closed' = 'in_service',
) {
  const db = t.database.db;
  for (let index = 0; index < count; index += 1) {
    const id = await buildCase(db, await buildBeneficiary(db, institutionId), institutionId);
    const ended = status === 'aftercare' || status === 'closed';
    await db
      .update(cases)
      .set({
        status,
        assignedWorkerId: workerId,
        ...(ended ? { terminationReason: 'completed' as const, terminatedOn: '2026-06-30' } : {}),
      })
      .where(eq(cases.id, id));
  }
}

async function linkedWorker(
  institutionId: string,
  role: 'pekerja_sosial' | 'konselor_adiksi' | 'relawan',
  db = t.database.db,
) {
  const user = await buildUser(db, { role: 'pendamping', institutionId });
  const member = await buildStaff(db, institutionId, { role });
  await db.update(staff).set({ userId: user.id }).where(eq(staff.id, member.id));
  return { userId: user.id, staffId: member.id };
}

describe(`caseload against the staffing norms, on ${testDatabaseKind}`, () => {
  test('counts running cases per profession and per worker, flags who is over the norm and who is unregistered', async () => {
    // Given an IPWL with two social workers (one carrying 8 cases, one 3), one counsellor without cases, a volunteer
    // carrying 2, an account without a staff record carrying 1, and 2 unassigned cases
    const db = t.database.db;
    const ipwl = await buildInstitution(db, { type: 'ipwl' });
    const busy = await linkedWorker(ipwl.id, 'pekerja_sosial');
    const calm = await linkedWorker(ipwl.id, 'pekerja_sosial');
    const counsellor = await linkedWorker(ipwl.id, 'konselor_adiksi');
    const volunteer = await linkedWorker(ipwl.id, 'relawan');
    const stranger = await buildUser(db, { role: 'pendamping', institutionId: ipwl.id });
    await casesFor(ipwl.id, busy.userId, 8);
    await casesFor(ipwl.id, calm.userId, 2);
    await casesFor(ipwl.id, calm.userId, 1, 'intake');
    await casesFor(ipwl.id, calm.userId, 2, 'aftercare');
    await casesFor(ipwl.id, calm.userId, 4, 'closed');
    await casesFor(ipwl.id, volunteer.userId, 2);
    await casesFor(ipwl.id, stranger.id, 1);
    await casesFor(ipwl.id, null, 2);
    const { session } = await signedInUser(t.app, db, { role: 'ipwl_manager', institutionId: ipwl.id });

    // When the manager reads the caseload
    const res = await session.request({ method: 'GET', url: `/api/v1/institutions/${ipwl.id}/caseload` });

    // Then 16 cases run (closed ones and aftercare are not counted), 2 of them unassigned
    expect(res.statusCode, res.body).toBe(200);
    const body = Caseload.parse(res.json());
    expect(body).toMatchObject({ activeCases: 16, unassignedCases: 2, aftercareCases: 2 });
    // 16 cases need 3 social workers (1 per 7) and 2 counsellors (1 per 10); there are 2 and 1
    expect(body.professions).toStrictEqual([
      {
        profession: 'pekerja_sosial',
        norm: 7,
        staffCount: 2,
        required: 3,
        shortfall: 1,
        clientsPerStaff: 8,
        status: 'over_norm',
      },
      {
        profession: 'konselor_adiksi',
        norm: 10,
        staffCount: 1,
        required: 2,
        shortfall: 1,
        clientsPerStaff: 16,
        status: 'over_norm',
      },
    ]);
    const byUser = new Map(body.workers.map((worker) => [worker.userId, worker]));
    expect(byUser.get(busy.userId)).toMatchObject({
      activeCases: 8,
      norm: 7,
      status: 'over_norm',
      role: 'pekerja_sosial',
    });
    expect(byUser.get(calm.userId)).toMatchObject({
      activeCases: 3,
      aftercareCases: 2,
      norm: 7,
      status: 'within_norm',
    });
    expect(byUser.get(counsellor.userId)).toMatchObject({ activeCases: 0, norm: 10, status: 'within_norm' });
    expect(byUser.get(volunteer.userId)).toMatchObject({ activeCases: 2, norm: null, status: null, role: 'relawan' });
    expect(byUser.get(stranger.id)).toMatchObject({
      activeCases: 1,
      isInStaffRegistry: false,
      staffId: null,
      role: null,
    });
    expect(body.workers[0]?.userId).toBe(busy.userId);
    // Counts and staff names only: no client appears
    expect(res.body).not.toContain('Penerima Uji');
  });

  test('the norms come from the configuration', async () => {
    const custom = await buildTestApp(undefined, { caseloadNorms: { pekerja_sosial: 2, konselor_adiksi: 3 } });
    try {
      const db = custom.database.db;
      const ipwl = await buildInstitution(db, { type: 'ipwl' });
      const worker = await linkedWorker(ipwl.id, 'pekerja_sosial', db);
      await db.insert(cases).values(
        await Promise.all(
          [1, 2, 3].map(async () => ({
            id: uuidv7(),
            beneficiaryId: await buildBeneficiary(db, ipwl.id),
            institutionId: ipwl.id,
            status: 'in_service' as const,
            intakeSource: 'self' as const,
            assignedWorkerId: worker.userId,
          })),
        ),
      );
      const { session } = await signedInUser(custom.app, db, { role: 'direktorat' });
      const res = await session.request({ method: 'GET', url: `/api/v1/institutions/${ipwl.id}/caseload` });
      expect(res.json().professions.map((load: { norm: number }) => load.norm)).toStrictEqual([2, 3]);
      // 3 cases on one social worker with a norm of 2 is over it
      expect(res.json().workers[0]).toMatchObject({ activeCases: 3, norm: 2, status: 'over_norm' });
    } finally {
      await custom.close();
    }
  });

  test('an institution outside the caller’s scope answers 404; one with no cases is within the norm', async () => {
    const db = t.database.db;
    const mine = await buildInstitution(db, { type: 'ipwl' });
    const other = await buildInstitution(db, { type: 'ipwl' });
    const { session } = await signedInUser(t.app, db, { role: 'pendamping', institutionId: mine.id });
    const outside = await session.request({ method: 'GET', url: `/api/v1/institutions/${other.id}/caseload` });
    expect(outside.statusCode).toBe(404);
    const empty = await session.request({ method: 'GET', url: `/api/v1/institutions/${mine.id}/caseload` });
    expect(empty.json()).toMatchObject({ activeCases: 0, workers: [] });
    expect(empty.json().professions.map((load: { status: string }) => load.status)).toStrictEqual([
      'within_norm',
      'within_norm',
    ]);
  });
});
