import type { Consent, ConsentPurpose, CreateConsentInput, DataCategory, InstitutionType } from '@atensi/contracts';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { type ClientDataContext, findBeneficiary } from '../beneficiaries/index.js';
import { findInstitutionsByIds, scopeOf, todayInJakarta } from '../institutions/index.js';
import { type ConsentRow, consents, disclosures } from './consents.table.js';

const NOTE_FIELD = 'consents.note';

/** The categories a referral packet carries: who the person is and their case. */
export const REFERRAL_CATEGORIES: readonly DataCategory[] = ['identity', 'case'];

/** Purposes that cover a referral to an institution of the given type. */
export function purposesFor(recipientType: InstitutionType): ConsentPurpose[] {
  if (recipientType === 'faskes') return ['referral', 'medical_rehab'];
  if (recipientType === 'dinsos') return ['referral', 'social_aid'];
  return ['referral'];
}

/** Valid on a day: given by then, not expired, not revoked (a revocation counts from its day). */
export function isConsentValid(row: Pick<ConsentRow, 'givenOn' | 'expiresOn' | 'revokedOn'>, today: string): boolean {
  return (
    row.givenOn <= today &&
    (row.expiresOn === null || row.expiresOn >= today) &&
    (row.revokedOn === null || row.revokedOn > today)
  );
}

/**
 * A consent allowing the person's data to go to `recipientId` for one of `purposes`, covering `categories`, valid
 * today: the one asked for, or (when none is named) the most recent that fits.
 */
export async function findValidConsent(
  db: Db,
  request: {
    beneficiaryId: string;
    recipientId: string;
    purposes: readonly ConsentPurpose[];
    categories: readonly DataCategory[];
    consentId?: string | undefined;
  },
  today: string,
): Promise<ConsentRow | undefined> {
  const rows = await db
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.beneficiaryId, request.beneficiaryId),
        request.consentId ? eq(consents.id, request.consentId) : undefined,
        or(isNull(consents.recipientInstitutionId), eq(consents.recipientInstitutionId, request.recipientId)),
        sql`${consents.purpose} IN (${sql.join(
          request.purposes.map((purpose) => sql`${purpose}`),
          sql`, `,
        )})`,
      ),
    )
    .orderBy(desc(consents.givenOn));
  return rows.find(
    (row) => isConsentValid(row, today) && request.categories.every((category) => row.categories.includes(category)),
  );
}

/** Records that a person's data left `fromInstitutionId` for `recipientId` under a consent (same transaction). */
export async function recordDisclosure(
  tx: Db,
  values: {
    beneficiaryId: string;
    caseId: string | null;
    fromInstitutionId: string;
    recipientInstitutionId: string;
    purpose: string;
    categories: readonly string[];
    consentId: string;
    disclosedBy: string;
  },
): Promise<void> {
  await tx.insert(disclosures).values({ id: uuidv7(), ...values, categories: [...values.categories] });
}

async function visibleBeneficiary(context: ClientDataContext, actor: Actor, tx: Db, beneficiaryId: string) {
  const scope = await scopeOf(tx, actor, todayInJakarta(context.registry.clock()));
  const beneficiary = await findBeneficiary(tx, scope, beneficiaryId);
  if (!beneficiary) throw new AppError('not_found');
  return beneficiary;
}

async function present(context: ClientDataContext, rows: ConsentRow[]): Promise<Consent[]> {
  const today = todayInJakarta(context.registry.clock());
  const recipients = await findInstitutionsByIds(
    context.db,
    rows.flatMap((row) => (row.recipientInstitutionId ? [row.recipientInstitutionId] : [])),
  );
  const names = new Map(recipients.map((row) => [row.id, row.name]));
  return rows.map((row) => ({
    id: row.id,
    beneficiaryId: row.beneficiaryId,
    purpose: row.purpose,
    categories: row.categories,
    recipientInstitutionId: row.recipientInstitutionId,
    recipientInstitutionName: row.recipientInstitutionId ? (names.get(row.recipientInstitutionId) ?? null) : null,
    givenBy: row.givenBy,
    givenOn: row.givenOn,
    expiresOn: row.expiresOn,
    revokedOn: row.revokedOn,
    note: context.cipher.open(NOTE_FIELD, row.noteCipher),
    isValid: isConsentValid(row, today),
  }));
}

export async function listConsents(
  context: ClientDataContext,
  actor: Actor,
  beneficiaryId: string,
  audit: AuditContext,
): Promise<{ items: Consent[] }> {
  authorize(actor, 'beneficiaries:read');
  const rows = await context.db.transaction(async (tx) => {
    const beneficiary = await visibleBeneficiary(context, actor, tx, beneficiaryId);
    await recordAudit(tx, audit, {
      action: 'consent.read',
      entityType: 'beneficiary',
      entityId: beneficiaryId,
      institutionId: beneficiary.registeredInstitutionId,
    });
    return tx.select().from(consents).where(eq(consents.beneficiaryId, beneficiaryId)).orderBy(desc(consents.givenOn));
  });
  return { items: await present(context, rows) };
}

export async function giveConsent(
  context: ClientDataContext,
  caller: Caller,
  beneficiaryId: string,
  input: CreateConsentInput,
): Promise<Consent> {
  authorize(caller.actor, 'beneficiaries:write');
  if (input.expiresOn && input.expiresOn < input.givenOn) throw invalidField('body.expiresOn', 'period.invalid');
  if (input.recipientInstitutionId && !(await findInstitutionsByIds(context.db, [input.recipientInstitutionId]))[0]) {
    throw invalidField('body.recipientInstitutionId', 'consent.recipient_not_found');
  }
  const row = await context.db.transaction(async (tx) => {
    const beneficiary = await visibleBeneficiary(context, caller.actor, tx, beneficiaryId);
    const [created] = await tx
      .insert(consents)
      .values({
        id: uuidv7(),
        beneficiaryId,
        purpose: input.purpose,
        categories: [...new Set(input.categories)],
        recipientInstitutionId: input.recipientInstitutionId ?? null,
        givenBy: input.givenBy,
        givenOn: input.givenOn,
        expiresOn: input.expiresOn ?? null,
        noteCipher: context.cipher.seal(NOTE_FIELD, input.note),
        createdBy: caller.actor.id,
      })
      .returning();
    if (!created) throw new Error('consent insert returned nothing');
    await recordAudit(tx, caller.audit, {
      action: 'consent.give',
      entityType: 'consent',
      entityId: created.id,
      institutionId: beneficiary.registeredInstitutionId,
      details: { beneficiaryId, purpose: input.purpose },
    });
    return created;
  });
  const [presented] = await present(context, [row]);
  if (!presented) throw new Error('present lost a row');
  return presented;
}

export async function revokeConsent(
  context: ClientDataContext,
  caller: Caller,
  consentId: string,
  revokedOn: string,
): Promise<Consent> {
  authorize(caller.actor, 'beneficiaries:write');
  const row = await context.db.transaction(async (tx) => {
    const [current] = await tx.select().from(consents).where(eq(consents.id, consentId)).for('update');
    if (!current) throw new AppError('not_found');
    const beneficiary = await visibleBeneficiary(context, caller.actor, tx, current.beneficiaryId);
    if (current.revokedOn !== null) throw new AppError('conflict', 'consent.already_revoked');
    if (revokedOn < current.givenOn) throw invalidField('body.revokedOn', 'period.invalid');
    const [updated] = await tx.update(consents).set({ revokedOn }).where(eq(consents.id, consentId)).returning();
    if (!updated) throw new Error('consent vanished');
    await recordAudit(tx, caller.audit, {
      action: 'consent.revoke',
      entityType: 'consent',
      entityId: consentId,
      institutionId: beneficiary.registeredInstitutionId,
      changedFields: ['revokedOn'],
    });
    return updated;
  });
  const [presented] = await present(context, [row]);
  if (!presented) throw new Error('present lost a row');
  return presented;
}

/** The accounting of disclosures of a person: who received their data, when, why, under which consent. */
export async function listDisclosures(
  context: ClientDataContext,
  actor: Actor,
  beneficiaryId: string,
  audit: AuditContext,
) {
  authorize(actor, 'beneficiaries:read');
  const rows = await context.db.transaction(async (tx) => {
    const beneficiary = await visibleBeneficiary(context, actor, tx, beneficiaryId);
    await recordAudit(tx, audit, {
      action: 'disclosure.read',
      entityType: 'beneficiary',
      entityId: beneficiaryId,
      institutionId: beneficiary.registeredInstitutionId,
    });
    return tx
      .select()
      .from(disclosures)
      .where(eq(disclosures.beneficiaryId, beneficiaryId))
      .orderBy(desc(disclosures.disclosedAt));
  });
  const institutions = await findInstitutionsByIds(context.db, [
    ...new Set(rows.flatMap((row) => [row.fromInstitutionId, row.recipientInstitutionId])),
  ]);
  const names = new Map(institutions.map((row) => [row.id, row.name]));
  return {
    items: rows.map((row) => ({
      id: row.id,
      caseId: row.caseId,
      fromInstitutionId: row.fromInstitutionId,
      fromInstitutionName: names.get(row.fromInstitutionId) ?? '',
      recipientInstitutionId: row.recipientInstitutionId,
      recipientInstitutionName: names.get(row.recipientInstitutionId) ?? '',
      purpose: row.purpose,
      categories: row.categories,
      consentId: row.consentId,
      disclosedAt: row.disclosedAt.toISOString(),
      disclosedBy: row.disclosedBy,
    })),
  };
}
