import { composeNik } from '@atensi/contracts';
import type { Faker } from '@faker-js/faker';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../modules/audit/index.js';
import { beneficiaries } from '../modules/beneficiaries/index.js';
import { caseEvents } from '../modules/cases/cases.table.js';
import { type CaseRow, cases } from '../modules/cases/index.js';
import { addDays } from '../modules/institutions/index.js';
import { CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import type { FieldCipher } from '../platform/crypto/field-cipher.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';
import { type Items, insertPlan, type Place, RESIDENTIAL, type Staffing } from './demo-plan-records.js';

/** One more person: moderate risk, assessment done, a residential plan submitted by the worker, waiting for a manager. */
export async function seedAwaitingApproval(
  tx: Db,
  faker: Faker,
  cipher: FieldCipher,
  today: string,
  place: Place,
  items: Items,
  staffing: Staffing,
): Promise<number> {
  const birthDate = '1996-08-17';
  const nik = composeNik('31.75.03', 'M', birthDate, '7100');
  const beneficiaryId = uuidv7();
  await tx.insert(beneficiaries).values({
    id: beneficiaryId,
    registeredInstitutionId: place.institutionId,
    nikCipher: cipher.seal('beneficiaries.nik', nik),
    nikHash: cipher.blindIndex('nik', nik),
    fullName: faker.person.fullName({ sex: 'male' }),
    sex: 'M',
    birthDate,
    birthPlace: 'Jakarta',
    regionCode: '31.75.03',
    createdBy: place.workerId,
  });
  const caseId = uuidv7();
  const openedOn = addDays(today, -20);
  await tx.insert(cases).values({
    id: caseId,
    beneficiaryId,
    institutionId: place.institutionId,
    status: 'planned',
    intakeSource: 'family',
    assignedWorkerId: place.workerId,
    openedAt: new Date(`${openedOn}T09:00:00+07:00`),
    openedBy: place.workerId,
    assessmentCompleted: true,
  });
  let from: CaseRow['status'] = 'intake';
  await tx.insert(caseEvents).values({
    id: uuidv7(),
    caseId,
    action: 'open',
    toStatus: 'intake',
    reason: 'family',
    occurredOn: openedOn,
    actorId: place.workerId,
  });
  for (const [step, [action, to]] of (
    [
      ['start_screening', 'screening'],
      ['route_further_assessment', 'further_assessment'],
      ['approve_plan', 'planned'],
    ] as const
  ).entries()) {
    await tx.insert(caseEvents).values({
      id: uuidv7(),
      caseId,
      action,
      fromStatus: from,
      toStatus: to,
      reason: to === 'planned' ? 'assessment_completed' : null,
      occurredOn: addDays(openedOn, step * 3 + 1),
      actorId: place.workerId,
    });
    from = to;
  }
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!row) return 0;
  await insertPlan(tx, cipher, items, {
    row,
    revision: 1,
    status: 'submitted',
    requiresApproval: true,
    setting: 'residential',
    startOn: today,
    plannedEndOn: addDays(today, 182),
    spec: RESIDENTIAL,
    place,
    staffing,
    family: 'Ibu bersedia mengikuti kelompok dukungan keluarga (data sintetis).',
  });
  await tx.insert(caseEvents).values({
    id: uuidv7(),
    caseId,
    action: 'plan_submit',
    fromStatus: 'planned',
    toStatus: 'planned',
    occurredOn: today,
    actorId: place.workerId,
  });
  await recordAudit(tx, CLI_AUDIT_CONTEXT, {
    action: 'beneficiary.create',
    entityType: 'beneficiary',
    entityId: beneficiaryId,
    institutionId: place.institutionId,
    details: { via: 'seed' },
  });
  return 1;
}
