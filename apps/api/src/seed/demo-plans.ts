import type { Faker } from '@faker-js/faker';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../modules/audit/index.js';
import { type CaseRow, cases } from '../modules/cases/index.js';
import { addDays, institutions } from '../modules/institutions/index.js';
import { interventionPlans } from '../modules/plans/index.js';
import { recordVocationalOutcomes } from '../modules/vocational/index.js';
import { staff } from '../modules/workforce/index.js';
import { CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import type { FieldCipher } from '../platform/crypto/field-cipher.js';
import type { Db } from '../platform/db/database.js';
import { FAMILY, insertPlan, itemsByCode, type Place, RESIDENTIAL, type Staffing } from './demo-plan-records.js';
import { seedAwaitingApproval } from './demo-plans-awaiting.js';
import {
  type DemoContext,
  seedFamilyServices,
  seedReintegration,
  seedResidentialServices,
} from './demo-plans-services.js';

/**
 * Intervention plans, services, residential stays, social aid, DTKS standings and vocational outcomes for the demo
 * cases of the social worker's IPWL (`demo-cases.ts`), and one more moderate-risk person whose plan waits for the
 * IPWL manager. The IPWL is given residential capacity (12 beds) if it has none. Built once: nothing is added when
 * the IPWL already has plans.
 */
export async function seedDemoPlans(
  tx: Db,
  faker: Faker,
  cipher: FieldCipher,
  today: string,
  place: Place,
): Promise<number> {
  const mine = await tx.select({ id: cases.id }).from(cases).where(eq(cases.institutionId, place.institutionId));
  if (mine.length === 0) return 0;
  const [existing] = await tx
    .select({ total: count() })
    .from(interventionPlans)
    .where(
      inArray(
        interventionPlans.caseId,
        mine.map((row) => row.id),
      ),
    );
  if ((existing?.total ?? 0) > 0) return 0;
  await tx
    .update(institutions)
    .set({ capacityResidential: 12, settings: ['family_based', 'community_based', 'residential'] })
    .where(and(eq(institutions.id, place.institutionId), sql`${institutions.capacityResidential} IS NULL`));
  const items = await itemsByCode(tx);
  const item = (code: string) => {
    const found = items.get(code);
    if (!found) throw new Error(`the catalogue has no ${code}`);
    return found;
  };
  const [worker] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.userId, place.workerId));
  const [counsellor] = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.institutionId, place.institutionId), eq(staff.role, 'konselor_adiksi')));
  const workerStaff = worker?.id;
  if (!workerStaff) return 0;
  const counsellorStaff = counsellor?.id ?? workerStaff;
  const staffing: Staffing = { worker: workerStaff, counsellor: counsellorStaff };
  const rows = await tx
    .select()
    .from(cases)
    .where(eq(cases.institutionId, place.institutionId))
    .orderBy(asc(cases.openedAt));
  const byStatus = (status: CaseRow['status'], moderate: boolean) =>
    rows.find((row) => row.status === status && row.assessmentCompleted === moderate);
  let plans = 0;
  const start = addDays(today, -63);
  const context: DemoContext = {
    tx,
    faker,
    cipher,
    today,
    place,
    items,
    item,
    staffing,
    start,
    workerStaff,
    counsellorStaff,
  };

  // Moderate risk in service: an approved residential plan, in residence, TC three times a week, CBT, family group.
  const residential = byStatus('in_service', true);
  // Low risk in service: a family-based plan active when submitted; home visits, motivational interviewing.
  const family = byStatus('in_service', false);
  // Moderate risk in reintegration: revision 2 active after a revision 1; vocational training; discharged.
  const reintegrating = byStatus('reintegration', true);
  // Terminated into aftercare: its plan stays as it was; vocational outcomes recorded at termination.
  const after = byStatus('aftercare', true);
  // Low risk in planning: a draft.
  const planning = byStatus('planned', false);

  const residentialPlan = residential
    ? await insertPlan(tx, cipher, items, {
        row: residential,
        revision: 1,
        status: 'active',
        requiresApproval: true,
        setting: 'residential',
        startOn: start,
        plannedEndOn: addDays(start, 182),
        spec: RESIDENTIAL,
        place,
        staffing,
        family: 'Ibu dan kakak mengikuti kelompok dukungan keluarga setiap bulan (data sintetis).',
        comment: 'Disetujui. Pantau kehadiran TC dan tes urin bulanan.',
      })
    : null;
  const familyPlan = family
    ? await insertPlan(tx, cipher, items, {
        row: family,
        revision: 1,
        status: 'active',
        requiresApproval: false,
        setting: 'family_based',
        startOn: start,
        plannedEndOn: addDays(start, 91),
        spec: FAMILY,
        place,
        staffing,
        family: 'Ayah menjadi pendamping utama di rumah (data sintetis).',
      })
    : null;
  if (reintegrating) plans += await seedReintegration(context, reintegrating);
  if (residential && residentialPlan)
    plans += await seedResidentialServices(context, residential, residentialPlan, reintegrating);
  if (family && familyPlan)
    plans += await seedFamilyServices(context, family, familyPlan, residential, residentialPlan);

  if (after) {
    await insertPlan(tx, cipher, items, {
      row: after,
      revision: 1,
      status: 'active',
      requiresApproval: true,
      setting: 'residential',
      startOn: todayOfCase(after, 20),
      plannedEndOn: addDays(todayOfCase(after, 20), 182),
      spec: RESIDENTIAL,
      place,
      staffing,
      family: 'Keluarga mendampingi selama bimbingan lanjut (data sintetis).',
    });
    await recordVocationalOutcomes(tx, cipher, {
      caseId: after.id,
      stage: 'termination',
      followUpId: null,
      actorId: place.workerId,
      outcomes: [
        {
          kind: 'course_completed',
          field: 'Tata boga',
          achievedOn: after.terminatedOn ?? today,
          detail: 'Kursus membuat roti 3 bulan (data sintetis)',
        },
        {
          kind: 'certificate',
          field: 'Tata boga',
          achievedOn: after.terminatedOn ?? today,
          detail: 'Sertifikat LKP-TB-0117 (data sintetis)',
        },
      ],
    });
    plans += 1;
  }

  if (planning) {
    await insertPlan(tx, cipher, items, {
      row: planning,
      revision: 1,
      status: 'draft',
      requiresApproval: false,
      setting: 'family_based',
      startOn: today,
      plannedEndOn: addDays(today, 91),
      spec: FAMILY,
      place,
      staffing,
      family: 'Keluarga bersedia terlibat (data sintetis).',
    });
    plans += 1;
  }

  plans += await seedAwaitingApproval(tx, faker, cipher, today, place, items, staffing);
  await recordAudit(tx, CLI_AUDIT_CONTEXT, {
    action: 'plan.create',
    entityType: 'intervention_plan',
    institutionId: place.institutionId,
    details: { via: 'seed', plans },
  });
  return plans;
}

function todayOfCase(row: CaseRow, days: number): string {
  return addDays(row.openedAt.toISOString().slice(0, 10), days);
}
