import { eq } from 'drizzle-orm';
import { cases } from '../modules/cases/index.js';
import { dtksStatuses, ensureDtksCheck, ensureInclusionProposal } from '../modules/dtks/index.js';
import { interventionPlans, planGoals, planServices } from '../modules/plans/index.js';
import { serviceCatalogueItems } from '../modules/service-catalogue/index.js';
import { residentialStays, serviceRecords, serviceSessions } from '../modules/service-delivery/index.js';
import { socialAidRequests } from '../modules/social-aid/index.js';
import { FieldCipher } from '../platform/crypto/field-cipher.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';
import { buildBeneficiary, buildStaff, buildUser } from './builders.js';
import { testKeyRing } from './test-database.js';

const testCipher = new FieldCipher(testKeyRing());

// Builders for intervention plans and service delivery: cases at the planning stage, catalogue items by code.

/**
 * A running case ready for its plan: `low` risk waits in family-based rehabilitation (no assessment), `moderate`
 * risk is in planning with its further assessment completed.
 */
export async function buildPlannableCase(
  db: Db,
  institutionId: string,
  risk: 'low' | 'moderate',
  values: { fullName?: string; openedAt?: Date } = {},
): Promise<{ caseId: string; beneficiaryId: string }> {
  const beneficiaryId = await buildBeneficiary(db, institutionId, values.fullName ? { fullName: values.fullName } : {});
  const caseId = uuidv7();
  await db.insert(cases).values({
    id: caseId,
    beneficiaryId,
    institutionId,
    status: risk === 'low' ? 'family_based_rehab' : 'planned',
    intakeSource: 'self',
    assessmentCompleted: risk === 'moderate',
    openedAt: values.openedAt ?? new Date('2026-01-05T09:00:00+07:00'),
  });
  return { caseId, beneficiaryId };
}

/** The id of a seeded catalogue item (migration 0020) by its code. */
export async function catalogueItemId(db: Db, code: string): Promise<string> {
  const [row] = await db
    .select({ id: serviceCatalogueItems.id })
    .from(serviceCatalogueItems)
    .where(eq(serviceCatalogueItems.code, code));
  if (!row) throw new Error(`no catalogue item ${code}`);
  return row.id;
}

/**
 * A plan revision of a (new, moderate-risk) case at an institution, written by a fresh social worker there, in the
 * given status, with one therapy goal and one weekly Therapeutic Community service. An active plan is the case's.
 */
export async function buildPlan(
  db: Db,
  institutionId: string,
  status: 'draft' | 'submitted' | 'active' = 'draft',
  values: { risk?: 'low' | 'moderate'; caseId?: string } = {},
): Promise<{ planId: string; caseId: string; authorId: string }> {
  const risk = values.risk ?? 'moderate';
  const caseId = values.caseId ?? (await buildPlannableCase(db, institutionId, risk)).caseId;
  if (values.caseId === undefined && risk === 'low') {
    await db.update(cases).set({ status: 'planned' }).where(eq(cases.id, caseId));
  }
  const author = await buildUser(db, { role: 'pendamping', institutionId });
  const approver =
    status === 'active' && risk === 'moderate'
      ? (await buildUser(db, { role: 'ipwl_manager', institutionId })).id
      : null;
  const planId = uuidv7();
  const now = new Date();
  await db.insert(interventionPlans).values({
    id: planId,
    caseId,
    institutionId,
    revision: 1,
    status,
    requiresApproval: risk === 'moderate',
    setting: 'residential',
    startOn: '2026-01-10',
    plannedEndOn: '2026-07-10',
    createdBy: author.id,
    submittedBy: status === 'draft' ? null : author.id,
    submittedAt: status === 'draft' ? null : now,
    decidedBy: approver,
    decidedAt: approver ? now : null,
    activatedAt: status === 'active' ? now : null,
  });
  const goalId = uuidv7();
  await db.insert(planGoals).values({
    id: goalId,
    planId,
    key: uuidv7(),
    position: 0,
    component: 'terapi',
    textCipher:
      testCipher.seal('plan_goals.text', JSON.stringify({ description: 'Pulih', target: 'Tes urin negatif' })) ?? '',
  });
  await db.insert(planServices).values({
    id: uuidv7(),
    planId,
    position: 0,
    goalId,
    catalogueItemId: await catalogueItemId(db, 'tr_therapeutic_community'),
    frequencyCount: 1,
    frequencyPeriod: 'per_week',
  });
  if (status === 'active') await db.update(cases).set({ activePlanId: planId }).where(eq(cases.id, caseId));
  return { planId, caseId, authorId: author.id };
}

/** A group session at an institution, given by a fresh staff member to the case of a fresh active plan there. */
export async function buildServiceSession(
  db: Db,
  institutionId: string,
): Promise<{ sessionId: string; caseId: string }> {
  const { caseId } = await buildPlan(db, institutionId, 'active');
  const recorder = await buildUser(db, { role: 'pendamping', institutionId });
  const { id: staffId } = await buildStaff(db, institutionId);
  const item = await catalogueItemId(db, 'tr_therapeutic_community');
  const sessionId = uuidv7();
  await db.insert(serviceSessions).values({
    id: sessionId,
    institutionId,
    kind: 'group',
    catalogueItemId: item,
    component: 'terapi',
    heldOn: '2026-02-01',
    durationMinutes: 60,
    staffId,
    location: 'institution',
    recordedBy: recorder.id,
  });
  await db.insert(serviceRecords).values({
    id: uuidv7(),
    sessionId,
    caseId,
    institutionId,
    catalogueItemId: item,
    component: 'terapi',
    heldOn: '2026-02-01',
  });
  return { sessionId, caseId };
}

/** An open residential stay of the case of a fresh active (residential) plan at an institution. */
export async function buildResidentialStay(db: Db, institutionId: string): Promise<{ stayId: string; caseId: string }> {
  const { caseId } = await buildPlan(db, institutionId, 'active');
  const stayId = uuidv7();
  await db.insert(residentialStays).values({ id: stayId, caseId, institutionId, admittedOn: '2026-01-15' });
  return { stayId, caseId };
}

/**
 * A social aid request (cash, Rp 500.000) of the case of a fresh active plan at an institution, in the given status;
 * the person is matched in DTKS so that an approval goes through.
 */
export async function buildSocialAid(
  db: Db,
  institutionId: string,
  status: 'requested' | 'approved' | 'delivered' = 'requested',
): Promise<{ aidId: string; caseId: string }> {
  const { caseId } = await buildPlan(db, institutionId, 'active');
  const [found] = await db.select({ beneficiaryId: cases.beneficiaryId }).from(cases).where(eq(cases.id, caseId));
  const beneficiaryId = found?.beneficiaryId ?? '';
  const requester = await buildUser(db, { role: 'pendamping', institutionId });
  await db.insert(dtksStatuses).values({
    beneficiaryId,
    status: 'matched',
    dtksId: `DTKS-${caseId.slice(-8)}`,
    source: 'manual',
    checkedOn: '2026-01-20',
  });
  const aidId = uuidv7();
  await db.insert(socialAidRequests).values({
    id: aidId,
    caseId,
    beneficiaryId,
    institutionId,
    aidType: 'cash',
    catalogueItemId: await catalogueItemId(db, 'ba_bantuan_tunai'),
    amountRupiah: 500_000,
    reasonCipher: testCipher.seal('social_aid_requests.reason', 'Biaya transport') ?? '',
    status,
    requestedBy: requester.id,
    decidedAt: status === 'requested' ? null : new Date('2026-02-01T09:00:00+07:00'),
    deliveredOn: status === 'delivered' ? '2026-02-03' : null,
  });
  return { aidId, caseId };
}

/** A person at an institution waiting in Pusdatin's queue (an open DTKS check), and an open inclusion proposal. */
export async function buildDtksQueue(
  db: Db,
  institutionId: string,
): Promise<{ beneficiaryId: string; proposalId: string }> {
  const beneficiaryId = await buildBeneficiary(db, institutionId);
  const requester = await buildUser(db, { role: 'pendamping', institutionId });
  await ensureDtksCheck(db, { beneficiaryId, institutionId, reason: 'requested', actorId: requester.id });
  const other = await buildBeneficiary(db, institutionId);
  const proposal = await ensureInclusionProposal(db, {
    beneficiaryId: other,
    institutionId,
    socialAidRequestId: null,
    actorId: requester.id,
  });
  return { beneficiaryId, proposalId: proposal.id };
}
