import type { AtensiComponent } from '@atensi/contracts';
import type { Faker } from '@faker-js/faker';
import type { CaseRow } from '../modules/cases/index.js';
import { ensureDtksCheck, ensureInclusionProposal, recordDtksResult } from '../modules/dtks/index.js';
import { addDays } from '../modules/institutions/index.js';
import { residentialStays } from '../modules/service-delivery/index.js';
import { socialAidRequests } from '../modules/social-aid/index.js';
import type { FieldCipher } from '../platform/crypto/field-cipher.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';
import {
  type GoalSpec,
  type Items,
  insertPlan,
  insertSession,
  type Place,
  RESIDENTIAL,
  type Staffing,
} from './demo-plan-records.js';

// The demo people's services, stays, aid and DTKS standing (demo-plans.ts picks the cases).

export type DemoContext = {
  tx: Db;
  faker: Faker;
  cipher: FieldCipher;
  today: string;
  place: Place;
  items: Items;
  item: (code: string) => { id: string; component: AtensiComponent };
  staffing: Staffing;
  /** The day the current plans started. */
  start: string;
  workerStaff: string;
  counsellorStaff: string;
};

type PlanRef = { planId: string; goalIds: string[] };

/** Moderate risk in reintegration: revision 1 superseded by a community-based revision 2; a business kit received. */
export async function seedReintegration(context: DemoContext, reintegrating: CaseRow): Promise<number> {
  const { tx, faker, cipher, today, place, items, item, staffing, workerStaff } = context;
  await insertPlan(tx, cipher, items, {
    row: reintegrating,
    revision: 1,
    status: 'superseded',
    requiresApproval: true,
    setting: 'residential',
    startOn: addDays(today, -150),
    plannedEndOn: addDays(today, -30),
    spec: RESIDENTIAL,
    place,
    staffing,
    family: 'Keluarga berkunjung setiap dua minggu (data sintetis).',
  });
  const revised = await insertPlan(tx, cipher, items, {
    row: reintegrating,
    revision: 2,
    status: 'active',
    requiresApproval: true,
    setting: 'community_based',
    startOn: addDays(today, -30),
    plannedEndOn: addDays(today, 60),
    spec: {
      goals: [
        RESIDENTIAL.goals[2] as GoalSpec,
        {
          component: 'bantuan_asistensi_sosial',
          description: 'Memulai usaha pangkas rambut',
          target: 'Paket usaha diterima dan usaha berjalan 1 bulan',
        },
      ],
      services: [
        { code: 'vk_kewirausahaan', goal: 0, count: 1, period: 'per_week' },
        { code: 'vk_paket_usaha', goal: 1, count: 1, period: 'total' },
      ],
    },
    place,
    staffing,
    family: 'Keluarga menyediakan tempat usaha di depan rumah (data sintetis).',
    comment: 'Revisi untuk tahap reintegrasi disetujui.',
  });
  await tx.insert(residentialStays).values({
    id: uuidv7(),
    caseId: reintegrating.id,
    institutionId: place.institutionId,
    admittedOn: addDays(today, -150),
    plannedDischargeOn: addDays(today, -30),
    dischargedOn: addDays(today, -31),
    dischargeReason: 'completed',
    admittedBy: place.workerId,
    dischargedBy: place.workerId,
  });
  for (let week = 0; week < 4; week += 1) {
    await insertSession(tx, cipher, {
      institutionId: place.institutionId,
      item: item('vk_kewirausahaan'),
      heldOn: addDays(today, -28 + week * 7),
      staffId: workerStaff,
      recordedBy: place.workerId,
      people: [
        { caseId: reintegrating.id, goalId: revised.goalIds[0], progress: week === 3 ? 'achieved' : 'in_progress' },
      ],
      minutes: 90,
    });
  }
  await recordDtksResult(tx, cipher, {
    beneficiaryId: reintegrating.beneficiaryId,
    status: 'matched',
    dtksId: `3175${faker.string.numeric(12)}`,
    welfareDecile: 2,
    source: 'manual',
    method: 'nik',
    checkedOn: addDays(today, -20),
    actorId: null,
  });
  const aidId = uuidv7();
  await tx.insert(socialAidRequests).values({
    id: aidId,
    caseId: reintegrating.id,
    beneficiaryId: reintegrating.beneficiaryId,
    institutionId: place.institutionId,
    aidType: 'business_kit',
    catalogueItemId: item('vk_paket_usaha').id,
    quantity: 1,
    items: 'Paket usaha pangkas rambut: kursi, gunting, mesin cukur',
    reasonCipher:
      cipher.seal('social_aid_requests.reason', 'Modal awal usaha pangkas rambut setelah kursus (data sintetis)') ?? '',
    status: 'received',
    requestedBy: place.workerId,
    requestedAt: new Date(`${addDays(today, -21)}T10:00:00+07:00`),
    decidedBy: place.managerId,
    decidedAt: new Date(`${addDays(today, -18)}T10:00:00+07:00`),
    deliveredOn: addDays(today, -10),
    deliveredBy: place.workerId,
    receivedOn: addDays(today, -10),
    receivedBy: 'beneficiary',
  });
  await insertSession(tx, cipher, {
    institutionId: place.institutionId,
    item: item('vk_paket_usaha'),
    heldOn: addDays(today, -10),
    staffId: workerStaff,
    recordedBy: place.workerId,
    people: [{ caseId: reintegrating.id, goalId: revised.goalIds[1], progress: 'in_progress' }],
    minutes: null,
  });

  return 2;
}

/** Moderate risk in residence: TC three mornings a week, CBT, a vocational course; aid waits on an unknown DTKS status. */
export async function seedResidentialServices(
  context: DemoContext,
  residential: CaseRow,
  residentialPlan: PlanRef,
  reintegrating: CaseRow | undefined,
): Promise<number> {
  const { tx, cipher, today, place, item, start, workerStaff, counsellorStaff } = context;
  await tx.insert(residentialStays).values({
    id: uuidv7(),
    caseId: residential.id,
    institutionId: place.institutionId,
    admittedOn: start,
    plannedDischargeOn: addDays(start, 182),
    admittedBy: place.workerId,
  });
  // Nine weeks of Therapeutic Community, three mornings a week; one session missed.
  for (let week = 0; week < 9; week += 1) {
    for (const day of [0, 2, 4]) {
      const heldOn = addDays(start, week * 7 + day);
      if (heldOn > today) continue;
      const missed = week === 4 && day === 2;
      await insertSession(tx, cipher, {
        institutionId: place.institutionId,
        item: item('tr_therapeutic_community'),
        heldOn,
        staffId: counsellorStaff,
        recordedBy: place.workerId,
        people: [
          {
            caseId: residential.id,
            attended: !missed,
            goalId: residentialPlan.goalIds[0],
            progress: week >= 1 ? 'in_progress' : undefined,
          },
          ...(reintegrating && week < 4 ? [{ caseId: reintegrating.id }] : []),
        ],
        minutes: 90,
        topic: ['Morning meeting', 'Encounter group', 'Pencegahan kambuh'][day / 2] ?? undefined,
      });
    }
  }
  for (let index = 0; index < 4; index += 1) {
    await insertSession(tx, cipher, {
      institutionId: place.institutionId,
      item: item('tr_cbt'),
      heldOn: addDays(start, 10 + index * 14),
      staffId: counsellorStaff,
      recordedBy: place.workerId,
      people: [
        {
          caseId: residential.id,
          goalId: residentialPlan.goalIds[0],
          note: 'Mengenali pikiran otomatis sebelum craving (data sintetis)',
        },
      ],
      minutes: 60,
    });
  }
  for (let week = 2; week < 9; week += 1) {
    await insertSession(tx, cipher, {
      institutionId: place.institutionId,
      item: item('vk_pangkas_rambut'),
      heldOn: addDays(start, week * 7 + 1),
      staffId: workerStaff,
      recordedBy: place.workerId,
      people: [{ caseId: residential.id, goalId: residentialPlan.goalIds[2], progress: 'in_progress' }],
      minutes: 120,
    });
  }
  // Unknown in DTKS: a cash aid request waits, and Pusdatin has the check in its queue.
  await tx.insert(socialAidRequests).values({
    id: uuidv7(),
    caseId: residential.id,
    beneficiaryId: residential.beneficiaryId,
    institutionId: place.institutionId,
    aidType: 'transport',
    catalogueItemId: item('ak_transportasi').id,
    amountRupiah: 350_000,
    reasonCipher:
      cipher.seal('social_aid_requests.reason', 'Ongkos keluarga untuk kunjungan dan rujukan medis (data sintetis)') ??
      '',
    status: 'requested',
    requestedBy: place.workerId,
    requestedAt: new Date(`${addDays(today, -3)}T10:00:00+07:00`),
  });
  await ensureDtksCheck(tx, {
    beneficiaryId: residential.beneficiaryId,
    institutionId: place.institutionId,
    reason: 'social_aid',
    actorId: place.workerId,
  });

  return 1;
}

/** Low risk at home: home visits, the family group, motivational interviewing, ID documents; not in DTKS. */
export async function seedFamilyServices(
  context: DemoContext,
  family: CaseRow,
  familyPlan: PlanRef,
  residential: CaseRow | undefined,
  residentialPlan: PlanRef | null,
): Promise<number> {
  const { tx, cipher, today, place, item, start, workerStaff } = context;
  for (let month = 0; month < 3; month += 1) {
    const heldOn = addDays(start, month * 28 + 5);
    if (heldOn > today) continue;
    await insertSession(tx, cipher, {
      institutionId: place.institutionId,
      item: item('dk_kunjungan_rumah'),
      heldOn,
      staffId: workerStaff,
      recordedBy: place.workerId,
      people: [{ caseId: family.id, goalId: familyPlan.goalIds[0], progress: 'in_progress' }],
      minutes: 75,
      location: 'home',
    });
    if (addDays(heldOn, 7) > today) continue;
    await insertSession(tx, cipher, {
      institutionId: place.institutionId,
      item: item('dk_kelompok_dukungan'),
      heldOn: addDays(heldOn, 7),
      staffId: workerStaff,
      recordedBy: place.workerId,
      people: [
        { caseId: family.id },
        ...(residential ? [{ caseId: residential.id, goalId: residentialPlan?.goalIds[1] }] : []),
      ],
      minutes: 120,
      topic: 'Peran keluarga dalam pemulihan',
    });
  }
  for (let week = 0; week < 8; week += 1) {
    if (week === 3) continue;
    await insertSession(tx, cipher, {
      institutionId: place.institutionId,
      item: item('tr_motivational_interviewing'),
      heldOn: addDays(start, week * 7 + 3),
      staffId: workerStaff,
      recordedBy: place.workerId,
      people: [{ caseId: family.id, goalId: familyPlan.goalIds[1], progress: week > 4 ? 'in_progress' : undefined }],
      minutes: 45,
    });
  }
  await insertSession(tx, cipher, {
    institutionId: place.institutionId,
    item: item('ak_dokumen_kependudukan'),
    heldOn: addDays(start, 20),
    staffId: workerStaff,
    recordedBy: place.workerId,
    people: [{ caseId: family.id, goalId: familyPlan.goalIds[2], progress: 'achieved' }],
    minutes: 180,
    location: 'community',
  });
  // Not in DTKS: a basic food request is held, and a proposal for inclusion waits at Pusdatin.
  const aidId = uuidv7();
  await tx.insert(socialAidRequests).values({
    id: aidId,
    caseId: family.id,
    beneficiaryId: family.beneficiaryId,
    institutionId: place.institutionId,
    aidType: 'basic_food',
    catalogueItemId: item('hl_permakanan').id,
    quantity: 1,
    items: 'Paket sembako untuk satu bulan',
    reasonCipher: cipher.seal('social_aid_requests.reason', 'Keluarga kehilangan penghasilan (data sintetis)') ?? '',
    status: 'requested',
    requestedBy: place.workerId,
    requestedAt: new Date(`${addDays(today, -12)}T10:00:00+07:00`),
  });
  await recordDtksResult(tx, cipher, {
    beneficiaryId: family.beneficiaryId,
    status: 'not_matched',
    dtksId: null,
    welfareDecile: null,
    source: 'manual',
    method: 'nik',
    checkedOn: addDays(today, -8),
    actorId: null,
  });
  await ensureInclusionProposal(tx, {
    beneficiaryId: family.beneficiaryId,
    institutionId: place.institutionId,
    socialAidRequestId: aidId,
    actorId: place.managerId,
  });

  return 1;
}
