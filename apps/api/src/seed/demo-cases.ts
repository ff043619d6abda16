import { ASSIST_V3, type CaseStatus, composeNik, scoreAssist, type TerminationReason } from '@atensi/contracts';
import type { Faker } from '@faker-js/faker';
import { and, asc, count, eq } from 'drizzle-orm';
import { addMonths, followUps } from '../modules/aftercare/index.js';
import { recordAudit } from '../modules/audit/index.js';
import { beneficiaries } from '../modules/beneficiaries/index.js';
import { caseEvents } from '../modules/cases/cases.table.js';
import { cases } from '../modules/cases/index.js';
import { consents, disclosures } from '../modules/consents/index.js';
import { addDays } from '../modules/institutions/index.js';
import { publishedRevision } from '../modules/instruments/index.js';
import { referrals } from '../modules/referrals/index.js';
import { regions } from '../modules/regions/regions.table.js';
import { screenings } from '../modules/screening/screening.table.js';
import { CLI_AUDIT_CONTEXT } from '../platform/auth/actor.js';
import type { FieldCipher } from '../platform/crypto/field-cipher.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';

/** The path of each demo episode: the statuses it went through, in order. */
const PATHS: { status: CaseStatus; through: CaseStatus[]; termination?: TerminationReason }[] = [
  { status: 'intake', through: [] },
  { status: 'screening', through: ['screening'] },
  { status: 'family_based_rehab', through: ['screening', 'family_based_rehab'] },
  { status: 'further_assessment', through: ['screening', 'further_assessment'] },
  { status: 'planned', through: ['screening', 'family_based_rehab', 'planned'] },
  { status: 'in_service', through: ['screening', 'further_assessment', 'planned', 'in_service'] },
  { status: 'in_service', through: ['screening', 'family_based_rehab', 'planned', 'in_service'] },
  { status: 'reintegration', through: ['screening', 'further_assessment', 'planned', 'in_service', 'reintegration'] },
  {
    status: 'aftercare',
    through: ['screening', 'further_assessment', 'planned', 'in_service', 'reintegration', 'terminated', 'aftercare'],
    termination: 'completed',
  },
  { status: 'terminated', through: ['screening', 'family_based_rehab', 'terminated'], termination: 'dropped_out' },
  { status: 'intake', through: [] },
  { status: 'further_assessment', through: ['screening', 'further_assessment'] },
];

const ACTION_INTO: Partial<Record<CaseStatus, string>> = {
  screening: 'start_screening',
  family_based_rehab: 'route_family_based',
  further_assessment: 'route_further_assessment',
  planned: 'approve_plan',
  in_service: 'start_service',
  reintegration: 'start_reintegration',
  terminated: 'terminate',
  aftercare: 'start_aftercare',
};

/** Screening answers that route to family-based rehabilitation (low) or to further assessment (moderate). */
const LOW_RISK = {
  substances: { cannabis: { q1: true, q2: 'never', q6: 'earlier', q7: 'never' } },
  q8: 'never',
} as const;
const MODERATE_RISK = {
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
    amphetamines: { q1: true, q2: 'monthly', q3: 'monthly', q4: 'never', q5: 'never', q6: 'never', q7: 'never' },
    tobacco: { q1: true, q2: 'daily', q3: 'daily', q4: 'never', q6: 'never', q7: 'never' },
  },
  q8: 'never',
} as const;

/**
 * Synthetic people and their episodes at one IPWL, assigned to the demo social worker: a case in every status, a
 * screening where one was done, consents, one referral waiting at the supervising Balai, aftercare visits. Names
 * from Faker `id_ID`, NIKs composed for real districts with made-up serials: never real people. Built once.
 */
export async function seedDemoCases(
  tx: Db,
  faker: Faker,
  cipher: FieldCipher,
  today: string,
  place: { institutionId: string; balaiId: string | null; workerId: string },
): Promise<number> {
  const [existing] = await tx
    .select({ total: count() })
    .from(beneficiaries)
    .where(eq(beneficiaries.registeredInstitutionId, place.institutionId));
  if ((existing?.total ?? 0) > 0) return 0;
  const assist = await publishedRevision(tx, 'assist-3.0', ASSIST_V3);
  const districts = await tx
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.level, 'district'), eq(regions.parentCode, '31.75')))
    .orderBy(asc(regions.code));
  let built = 0;
  for (const [index, path] of PATHS.entries()) {
    const sex = index % 3 === 0 ? 'F' : 'M';
    const birthDate = addDays('1985-01-15', index * 577);
    const district = districts[index % Math.max(districts.length, 1)]?.code ?? '31.75.01';
    const hasNik = index % 6 !== 5;
    const nik = hasNik ? composeNik(district, sex, birthDate, String(7000 + index).padStart(4, '0')) : null;
    const beneficiaryId = uuidv7();
    await tx.insert(beneficiaries).values({
      id: beneficiaryId,
      registeredInstitutionId: place.institutionId,
      nikCipher: cipher.seal('beneficiaries.nik', nik),
      nikHash: nik ? cipher.blindIndex('nik', nik) : null,
      noNikReasonCipher: nik
        ? null
        : cipher.seal('beneficiaries.no_nik_reason', 'Tunawisma, tidak memiliki KTP (data sintetis)'),
      fullName: faker.person.fullName({ sex: sex === 'F' ? 'female' : 'male' }),
      sex,
      birthDate,
      birthPlace: 'Jakarta',
      regionCode: district,
      addressCipher: cipher.seal('beneficiaries.address', faker.location.streetAddress()),
      phoneCipher: cipher.seal(
        'beneficiaries.phone',
        `+62 8${faker.string.numeric(2)} ${faker.string.numeric(4)} ${faker.string.numeric(4)}`,
      ),
      education: (['primary', 'junior_secondary', 'senior_secondary'] as const)[index % 3] ?? null,
      employment: (['unemployed', 'informal', 'employed'] as const)[index % 3] ?? null,
      createdBy: place.workerId,
    });
    const openedOn = addDays(today, -200 + index * 12);
    const caseId = uuidv7();
    const terminatedOn = path.termination ? addDays(openedOn, 90) : null;
    await tx.insert(cases).values({
      id: caseId,
      beneficiaryId,
      institutionId: place.institutionId,
      status: path.status,
      intakeSource: (['self', 'family', 'police', 'outreach'] as const)[index % 4] ?? 'self',
      assignedWorkerId: place.workerId,
      openedAt: new Date(`${openedOn}T09:00:00+07:00`),
      openedBy: place.workerId,
      assessmentCompleted: path.through.includes('planned') && path.through.includes('further_assessment'),
      terminationReason: path.termination ?? null,
      terminatedOn,
    });
    let from: CaseStatus = 'intake';
    await tx.insert(caseEvents).values({
      id: uuidv7(),
      caseId,
      action: 'open',
      toStatus: 'intake',
      occurredOn: openedOn,
      actorId: place.workerId,
    });
    for (const [step, status] of path.through.entries()) {
      await tx.insert(caseEvents).values({
        id: uuidv7(),
        caseId,
        action: ACTION_INTO[status] ?? status,
        fromStatus: from,
        toStatus: status,
        reason: status === 'terminated' ? (path.termination ?? null) : null,
        occurredOn: status === 'terminated' && terminatedOn ? terminatedOn : addDays(openedOn, step * 7 + 1),
        actorId: place.workerId,
      });
      from = status;
    }
    if (path.through.length > 1) {
      const answers = path.through[1] === 'further_assessment' ? MODERATE_RISK : LOW_RISK;
      const result = scoreAssist(answers, assist.definition);
      await tx.insert(screenings).values({
        id: uuidv7(),
        caseId,
        institutionId: place.institutionId,
        instrument: 'assist-3.0',
        scoringVersion: assist.revision,
        instrumentVersionId: assist.id,
        answers: answers as unknown as Record<string, unknown>,
        results: result.results as Record<string, { score: number; risk: 'low' | 'moderate' | 'high' }>,
        routingRisk: result.routingRisk,
        injectingRisk: result.injectingRisk,
        nextStep: result.nextStep,
        screenedAt: new Date(`${addDays(openedOn, 1)}T10:00:00+07:00`),
        screenedBy: place.workerId,
      });
    }
    if (path.status === 'aftercare' && terminatedOn) {
      for (const monthsAfter of [1, 3, 6, 12]) {
        const dueOn = addMonths(terminatedOn, monthsAfter);
        const done = dueOn < today;
        await tx.insert(followUps).values({
          id: uuidv7(),
          caseId,
          monthsAfter,
          dueOn,
          ...(done
            ? {
                doneOn: dueOn,
                substanceUse: 'none' as const,
                workOrSchool: 'working' as const,
                housing: 'stable' as const,
                familyRelations: 'good' as const,
                legalProblems: false,
                recordedBy: place.workerId,
                recordedAt: new Date(`${dueOn}T10:00:00+07:00`),
              }
            : {}),
        });
      }
    }
    if (index % 2 === 0 || index === 3) {
      const consentId = uuidv7();
      await tx.insert(consents).values({
        id: consentId,
        beneficiaryId,
        purpose: 'referral',
        categories: ['identity', 'case', 'screening'],
        givenBy: 'person',
        givenOn: openedOn,
        expiresOn: addDays(openedOn, 730),
      });
      // One episode waits at the supervising Balai for an answer.
      if (path.status === 'further_assessment' && place.balaiId && index === 3) {
        await tx.insert(referrals).values({
          id: uuidv7(),
          caseId,
          fromInstitutionId: place.institutionId,
          toInstitutionId: place.balaiId,
          kind: 'transfer',
          reasonCipher:
            cipher.seal('referrals.reason', 'Risiko sedang, butuh rehabilitasi residensial (data sintetis)') ?? '',
          documents: ['Hasil skrining ASSIST', 'Surat pengantar'],
          consentId,
          status: 'pending',
          dueOn: addDays(today, 5),
        });
        await tx.insert(disclosures).values({
          id: uuidv7(),
          beneficiaryId,
          caseId,
          fromInstitutionId: place.institutionId,
          recipientInstitutionId: place.balaiId,
          purpose: 'referral',
          categories: ['identity', 'case'],
          consentId,
        });
      }
    }
    await recordAudit(tx, CLI_AUDIT_CONTEXT, {
      action: 'beneficiary.create',
      entityType: 'beneficiary',
      entityId: beneficiaryId,
      institutionId: place.institutionId,
      details: { via: 'seed' },
    });
    built += 1;
  }
  return built;
}
