import type { AtensiComponent, FrequencyPeriod, ServiceSetting } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import { type CaseRow, cases } from '../modules/cases/index.js';
import { interventionPlans, planEvents, planGoals, planServices, recordGoalProgress } from '../modules/plans/index.js';
import { serviceCatalogueItems } from '../modules/service-catalogue/index.js';
import { serviceRecords, serviceSessions } from '../modules/service-delivery/index.js';
import type { FieldCipher } from '../platform/crypto/field-cipher.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';

// The building blocks of the demo plans and services (demo-plans.ts): synthetic texts, plan revisions, sessions.

export type Place = { institutionId: string; workerId: string; managerId: string };
export type Staffing = { worker: string; counsellor: string };
export type GoalSpec = { component: AtensiComponent; description: string; target: string };
export type ServiceSpec = {
  code: string;
  goal: number;
  count: number;
  period: FrequencyPeriod;
  quantity?: number;
  /** Who is responsible: the addiction counsellor or the social worker. */
  by?: 'counsellor' | 'worker';
};
export type Items = Map<string, { id: string; component: AtensiComponent }>;

/** Goals and services of the demo plans (synthetic texts). */
export const RESIDENTIAL: { goals: GoalSpec[]; services: ServiceSpec[] } = {
  goals: [
    {
      component: 'terapi',
      description: 'Berhenti memakai sabu dan mengenali pemicu kambuh',
      target: 'Tes urin negatif 3 bulan berturut-turut',
    },
    {
      component: 'dukungan_keluarga',
      description: 'Hubungan dengan orang tua membaik',
      target: 'Orang tua hadir 4 dari 6 pertemuan kelompok keluarga',
    },
    {
      component: 'vokasional_kewirausahaan',
      description: 'Memiliki keterampilan kerja',
      target: 'Menyelesaikan kursus pangkas rambut dan bersertifikat',
    },
  ],
  services: [
    { code: 'tr_therapeutic_community', goal: 0, count: 3, period: 'per_week', by: 'counsellor' },
    { code: 'tr_cbt', goal: 0, count: 8, period: 'total', by: 'counsellor' },
    { code: 'dk_kelompok_dukungan', goal: 1, count: 1, period: 'per_month', by: 'worker' },
    { code: 'vk_pangkas_rambut', goal: 2, count: 2, period: 'per_week', by: 'worker' },
  ],
};
export const FAMILY: { goals: GoalSpec[]; services: ServiceSpec[] } = {
  goals: [
    {
      component: 'dukungan_keluarga',
      description: 'Keluarga mampu mendampingi pemulihan di rumah',
      target: 'Kunjungan rumah tiap bulan, keluarga mengikuti kelompok dukungan',
    },
    {
      component: 'terapi',
      description: 'Mengurangi lalu menghentikan pemakaian ganja',
      target: 'Tidak memakai selama 2 bulan terakhir rencana',
    },
    {
      component: 'aksesibilitas',
      description: 'Memiliki KTP dan JKN-KIS',
      target: 'KTP dan kartu JKN-KIS terbit sebelum akhir rencana',
    },
  ],
  services: [
    { code: 'dk_kunjungan_rumah', goal: 0, count: 1, period: 'per_month', by: 'worker' },
    { code: 'dk_kelompok_dukungan', goal: 0, count: 1, period: 'per_month', by: 'worker' },
    { code: 'tr_motivational_interviewing', goal: 1, count: 1, period: 'per_week' },
    { code: 'ak_dokumen_kependudukan', goal: 2, count: 1, period: 'total' },
  ],
};

export async function itemsByCode(tx: Db): Promise<Items> {
  const rows = await tx
    .select({
      id: serviceCatalogueItems.id,
      code: serviceCatalogueItems.code,
      component: serviceCatalogueItems.component,
    })
    .from(serviceCatalogueItems);
  return new Map(rows.map((row) => [row.code, { id: row.id, component: row.component }]));
}

/** A plan revision with its goals, services and history; returns its id and the goal ids. */
export async function insertPlan(
  tx: Db,
  cipher: FieldCipher,
  items: Items,
  entry: {
    row: CaseRow;
    revision: number;
    status: 'draft' | 'submitted' | 'returned' | 'active' | 'superseded';
    requiresApproval: boolean;
    setting: ServiceSetting;
    startOn: string;
    plannedEndOn: string;
    spec: { goals: GoalSpec[]; services: ServiceSpec[] };
    place: Place;
    family: string;
    comment?: string;
    staffing?: Staffing;
  },
): Promise<{ planId: string; goalIds: string[] }> {
  const { row, place } = entry;
  const planId = uuidv7();
  const decided = ['active', 'superseded', 'returned'].includes(entry.status) && entry.requiresApproval;
  const at = new Date(`${entry.startOn}T09:00:00+07:00`);
  await tx.insert(interventionPlans).values({
    id: planId,
    caseId: row.id,
    institutionId: row.institutionId,
    revision: entry.revision,
    status: entry.status,
    requiresApproval: entry.requiresApproval,
    setting: entry.setting,
    startOn: entry.startOn,
    plannedEndOn: entry.plannedEndOn,
    familyInvolvementCipher: cipher.seal('intervention_plans.family_involvement', entry.family),
    createdBy: place.workerId,
    createdAt: at,
    updatedBy: place.workerId,
    updatedAt: at,
    submittedBy: entry.status === 'draft' ? null : place.workerId,
    submittedAt: entry.status === 'draft' ? null : at,
    decidedBy: decided ? place.managerId : null,
    decidedAt: decided ? at : null,
    activatedAt: entry.status === 'active' || entry.status === 'superseded' ? at : null,
    supersededAt: entry.status === 'superseded' ? new Date() : null,
  });
  const goalIds: string[] = [];
  for (const [position, goal] of entry.spec.goals.entries()) {
    const id = uuidv7();
    goalIds.push(id);
    await tx.insert(planGoals).values({
      id,
      planId,
      key: uuidv7(),
      position,
      component: goal.component,
      textCipher:
        cipher.seal('plan_goals.text', JSON.stringify({ description: goal.description, target: goal.target })) ?? '',
    });
  }
  for (const [position, service] of entry.spec.services.entries()) {
    const item = items.get(service.code);
    if (!item) continue;
    await tx.insert(planServices).values({
      id: uuidv7(),
      planId,
      position,
      goalId: goalIds[service.goal] ?? null,
      catalogueItemId: item.id,
      frequencyCount: service.count,
      frequencyPeriod: service.period,
      quantity: service.quantity ?? 1,
      responsibleStaffId: service.by && entry.staffing ? entry.staffing[service.by] : null,
    });
  }
  const events: { action: 'create' | 'submit' | 'approve' | 'return' | 'activate'; actor: string; comment?: string }[] =
    [{ action: 'create', actor: place.workerId }];
  if (entry.status !== 'draft') events.push({ action: 'submit', actor: place.workerId });
  if (entry.status === 'returned') events.push({ action: 'return', actor: place.managerId, comment: entry.comment });
  if ((entry.status === 'active' || entry.status === 'superseded') && entry.requiresApproval) {
    events.push({ action: 'approve', actor: place.managerId, comment: entry.comment });
  }
  if (entry.status === 'active' || entry.status === 'superseded')
    events.push({ action: 'activate', actor: place.managerId });
  for (const event of events) {
    await tx.insert(planEvents).values({
      id: uuidv7(),
      planId,
      action: event.action,
      commentCipher: cipher.seal('plan_events.comment', event.comment),
      actorId: event.actor,
      occurredAt: at,
    });
  }
  if (entry.status === 'active') {
    await tx.update(cases).set({ activePlanId: planId }).where(eq(cases.id, row.id));
  }
  return { planId, goalIds };
}

/** A session of a sub-activity on a day, for some cases (attended unless listed as absent). */
export async function insertSession(
  tx: Db,
  cipher: FieldCipher,
  entry: {
    institutionId: string;
    item: { id: string; component: AtensiComponent };
    heldOn: string;
    staffId: string;
    recordedBy: string;
    people: {
      caseId: string;
      attended?: boolean;
      goalId?: string;
      progress?: 'in_progress' | 'achieved';
      note?: string;
    }[];
    minutes?: number | null;
    quantity?: number;
    location?: 'institution' | 'home' | 'community';
    topic?: string;
  },
): Promise<void> {
  const sessionId = uuidv7();
  await tx.insert(serviceSessions).values({
    id: sessionId,
    institutionId: entry.institutionId,
    kind: entry.people.length > 1 ? 'group' : 'individual',
    catalogueItemId: entry.item.id,
    component: entry.item.component,
    heldOn: entry.heldOn,
    durationMinutes: entry.minutes === undefined ? 60 : entry.minutes,
    staffId: entry.staffId,
    location: entry.location ?? 'institution',
    topic: entry.topic ?? null,
    recordedBy: entry.recordedBy,
    recordedAt: new Date(`${entry.heldOn}T16:00:00+07:00`),
  });
  for (const person of entry.people) {
    const attended = person.attended ?? true;
    await tx.insert(serviceRecords).values({
      id: uuidv7(),
      sessionId,
      caseId: person.caseId,
      institutionId: entry.institutionId,
      catalogueItemId: entry.item.id,
      component: entry.item.component,
      heldOn: entry.heldOn,
      attended,
      quantity: attended ? (entry.quantity ?? 1) : 0,
      goalId: person.goalId ?? null,
      goalProgress: attended ? (person.progress ?? null) : null,
      noteCipher: cipher.seal('service_records.note', person.note),
    });
    if (attended && person.goalId && person.progress)
      await recordGoalProgress(tx, person.goalId, person.progress, entry.heldOn);
  }
}
