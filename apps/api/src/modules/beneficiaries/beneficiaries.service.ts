import {
  type Beneficiary,
  type BeneficiarySearchQuery,
  type BeneficiarySummary,
  type CreateBeneficiaryInput,
  type Guardian,
  maskNik,
  normaliseRegionCode,
  parseNik,
} from '@atensi/contracts';
import type { CareSettings } from '../../config.js';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { type RegistrySettings, scopeOf, todayInJakarta } from '../institutions/index.js';
import { getRegion } from '../regions/index.js';
import {
  countActiveCases,
  findBeneficiary,
  findByNikHash,
  findSimilar,
  insertBeneficiary,
  lockBeneficiaries,
  markMerged,
  moveRecords,
  searchBeneficiaries,
  updateKept,
} from './beneficiaries.repository.js';
import type { BeneficiaryRow } from './beneficiaries.table.js';

/** What services over client records need: the database, the field cipher, the registry clock, case settings. */
export type ClientDataContext = { db: Db; cipher: FieldCipher; registry: RegistrySettings; care: CareSettings };

/** Column names double as the cipher's associated data: a value sealed for one column opens in that column only. */
const FIELD = {
  nik: 'beneficiaries.nik',
  kk: 'beneficiaries.kk',
  noNikReason: 'beneficiaries.no_nik_reason',
  address: 'beneficiaries.address',
  phone: 'beneficiaries.phone',
  guardian: 'beneficiaries.guardian',
} as const;

const ADULT_AGE = 18;

export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  if (
    by === undefined ||
    bm === undefined ||
    bd === undefined ||
    ty === undefined ||
    tm === undefined ||
    td === undefined
  )
    return 0;
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

async function regionPathOf(db: Db, code: string): Promise<string | null> {
  try {
    const region = await getRegion(db, code);
    return [...region.ancestors.map((ancestor) => ancestor.name), region.name].join(' › ');
  } catch {
    return null;
  }
}

/** The full record, opened: only for callers who may read it, and only after the read is audited. */
async function present(context: ClientDataContext, row: BeneficiaryRow): Promise<Beneficiary> {
  const { cipher } = context;
  const today = todayInJakarta(context.registry.clock());
  const nik = cipher.open(FIELD.nik, row.nikCipher);
  const guardianText = cipher.open(FIELD.guardian, row.guardianCipher);
  const guardian = guardianText ? (JSON.parse(guardianText) as Guardian) : null;
  const age = ageOn(row.birthDate, today);
  const warnings: Beneficiary['warnings'] = [];
  if (age < ADULT_AGE && !guardian) warnings.push('guardian_required');
  if (!nik) warnings.push('needs_documents');
  return {
    id: row.id,
    nik,
    nikMasked: nik ? maskNik(nik) : null,
    noNikReason: cipher.open(FIELD.noNikReason, row.noNikReasonCipher),
    needsDocuments: nik === null,
    kk: cipher.open(FIELD.kk, row.kkCipher),
    fullName: row.fullName,
    aliases: row.aliases,
    sex: row.sex,
    birthDate: row.birthDate,
    age,
    birthPlace: row.birthPlace,
    regionCode: row.regionCode,
    regionPath: await regionPathOf(context.db, row.regionCode),
    address: cipher.open(FIELD.address, row.addressCipher),
    phone: cipher.open(FIELD.phone, row.phoneCipher),
    guardian,
    education: row.education as Beneficiary['education'],
    employment: row.employment as Beneficiary['employment'],
    maritalStatus: row.maritalStatus as Beneficiary['maritalStatus'],
    disabilities: row.disabilities as Beneficiary['disabilities'],
    registeredInstitutionId: row.registeredInstitutionId,
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt.toISOString(),
    warnings,
    version: row.version,
  };
}

/** A list entry: no identifiers beyond the last four digits of the NIK. */
export function summarise(cipher: FieldCipher, row: BeneficiaryRow): BeneficiarySummary {
  const nik = cipher.open(FIELD.nik, row.nikCipher);
  return {
    id: row.id,
    nikMasked: nik ? maskNik(nik) : null,
    fullName: row.fullName,
    sex: row.sex,
    birthDate: row.birthDate,
    regionCode: row.regionCode,
    registeredInstitutionId: row.registeredInstitutionId,
  };
}

async function checkRegionExists(
  db: Db,
  code: string,
  path: string,
  messageKey: 'institution.region_not_found' | 'nik.region_unknown',
) {
  try {
    await getRegion(db, code);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw invalidField(path, messageKey, { code });
    throw error;
  }
}

/**
 * Registers a person at the caller's institution. The NIK's district must exist; a NIK already registered is a
 * conflict naming the existing record only when the caller may see it. Identifiers, contact details and the
 * reason for a missing NIK are sealed before they reach the database.
 */
export async function registerBeneficiary(
  context: ClientDataContext,
  caller: Caller,
  input: CreateBeneficiaryInput,
): Promise<Beneficiary> {
  const { db, cipher } = context;
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  if (!actor.institutionId) throw new AppError('forbidden', 'beneficiary.no_institution');
  const regionCode = normaliseRegionCode(input.regionCode);
  await checkRegionExists(db, regionCode, 'body.regionCode', 'institution.region_not_found');
  const nik = input.nik ? input.nik.replace(/[\s.-]/g, '') : null;
  let nikHash: string | null = null;
  if (nik) {
    const parsed = parseNik(nik);
    if (parsed.ok) await checkRegionExists(db, parsed.parts.districtCode, 'body.nik', 'nik.region_unknown');
    nikHash = cipher.blindIndex('nik', nik);
  }
  const scope = await scopeOf(db, actor, todayInJakarta(context.registry.clock()));
  const row = await db.transaction(async (tx) => {
    if (nikHash) {
      const existing = await findByNikHash(tx, nikHash);
      if (existing) {
        const visible = await findBeneficiary(tx, scope, existing.id);
        throw new AppError('conflict', 'nik.taken', {}, visible ? { existingId: existing.id } : undefined);
      }
    }
    const created = await insertBeneficiary(tx, {
      id: uuidv7(),
      registeredInstitutionId: actor.institutionId as string,
      nikCipher: cipher.seal(FIELD.nik, nik),
      nikHash,
      noNikReasonCipher: nik ? null : cipher.seal(FIELD.noNikReason, input.noNikReason),
      kkCipher: cipher.seal(FIELD.kk, input.kk),
      kkHash: input.kk ? cipher.blindIndex('kk', input.kk) : null,
      fullName: input.fullName,
      aliases: input.aliases ?? [],
      sex: input.sex,
      birthDate: input.birthDate,
      birthPlace: input.birthPlace ?? null,
      regionCode,
      addressCipher: cipher.seal(FIELD.address, input.address),
      phoneCipher: cipher.seal(FIELD.phone, input.phone),
      guardianCipher: input.guardian ? cipher.seal(FIELD.guardian, JSON.stringify(input.guardian)) : null,
      education: input.education ?? null,
      employment: input.employment ?? null,
      maritalStatus: input.maritalStatus ?? null,
      disabilities: input.disabilities ?? [],
      createdBy: actor.id,
    });
    // Two registrations of one NIK at the same moment: the unique index decides, the loser gets the conflict.
    if (!created) throw new AppError('conflict', 'nik.taken');
    await recordAudit(tx, caller.audit, {
      action: 'beneficiary.create',
      entityType: 'beneficiary',
      entityId: created.id,
      institutionId: created.registeredInstitutionId,
      changedFields: Object.keys(input).sort(),
    });
    return created;
  });
  return present(context, row);
}

/** One person's record, audited as a read in the same transaction; outside scope it does not exist. */
export async function readBeneficiary(
  context: ClientDataContext,
  actor: Actor,
  id: string,
  audit: AuditContext,
): Promise<Beneficiary> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  const row = await context.db.transaction(async (tx) => {
    const found = await findBeneficiary(tx, scope, id);
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'beneficiary.read',
      entityType: 'beneficiary',
      entityId: id,
      institutionId: found.registeredInstitutionId,
    });
    return found;
  });
  return present(context, row);
}

/** Search by exact NIK (through its blind index), name or alias, region and birth date; audited. */
export async function findBeneficiaries(
  context: ClientDataContext,
  actor: Actor,
  query: BeneficiarySearchQuery,
  audit: AuditContext,
): Promise<{ items: BeneficiarySummary[] }> {
  authorize(actor, 'beneficiaries:read');
  if (!query.nik && !query.q && !query.regionCode && !query.birthDate) {
    throw new AppError(
      'invalid',
      'beneficiary.search_filter_required',
      {},
      [{ path: 'querystring', messageKey: 'beneficiary.search_filter_required' }],
      400,
    );
  }
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const rows = await searchBeneficiaries(
      tx,
      scope,
      {
        nikHash: query.nik ? context.cipher.blindIndex('nik', query.nik) : undefined,
        q: query.q,
        regionCode: query.regionCode ? normaliseRegionCode(query.regionCode) : undefined,
        birthDate: query.birthDate,
      },
      query.limit,
    );
    await recordAudit(tx, audit, {
      action: 'beneficiary.search',
      entityType: 'beneficiary',
      details: {
        filters: Object.keys(query)
          .filter((key) => query[key as keyof BeneficiarySearchQuery] !== undefined)
          .sort(),
        count: rows.length,
      },
    });
    return { items: rows.map((row) => summarise(context.cipher, row)) };
  });
}

/** Before registering: people in scope with a similar name, the same birth date and the same regency. */
export async function duplicateCandidates(
  context: ClientDataContext,
  actor: Actor,
  person: { fullName: string; birthDate: string; regionCode: string },
  audit: AuditContext,
): Promise<{ items: (BeneficiarySummary & { similarity: number })[] }> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  const regencyCode = normaliseRegionCode(person.regionCode).slice(0, 5);
  return context.db.transaction(async (tx) => {
    const rows = await findSimilar(tx, scope, { fullName: person.fullName, birthDate: person.birthDate, regencyCode });
    await recordAudit(tx, audit, {
      action: 'beneficiary.duplicate_check',
      entityType: 'beneficiary',
      details: { count: rows.length },
    });
    return {
      items: rows.map((row) => ({
        ...summarise(context.cipher, row),
        similarity: Math.round(row.similarity * 100) / 100,
      })),
    };
  });
}

/**
 * Folds a duplicate registration into this one (managers): the duplicate's cases, consents and disclosures move to
 * the kept record, which takes the duplicate's NIK or KK when it has none; the duplicate stays, pointing at the kept
 * record. Refused when the two carry different NIKs or both have a running case.
 */
export async function mergeBeneficiaries(
  context: ClientDataContext,
  caller: Caller,
  keepId: string,
  duplicateId: string,
): Promise<Beneficiary> {
  const { db } = context;
  const { actor } = caller;
  authorize(actor, 'beneficiaries:merge');
  if (keepId === duplicateId) throw invalidField('body.duplicateId', 'beneficiary.merge_self');
  const scope = await scopeOf(db, actor, todayInJakarta(context.registry.clock()));
  const row = await db.transaction(async (tx) => {
    const keep = await findBeneficiary(tx, scope, keepId);
    const duplicate = await findBeneficiary(tx, scope, duplicateId);
    if (!keep || !duplicate) throw new AppError('not_found');
    await lockBeneficiaries(tx, [keepId, duplicateId]);
    if (keep.mergedIntoId || duplicate.mergedIntoId) throw new AppError('conflict', 'beneficiary.merge_merged');
    if (keep.nikHash && duplicate.nikHash && keep.nikHash !== duplicate.nikHash) {
      throw new AppError('conflict', 'beneficiary.merge_nik_conflict');
    }
    if ((await countActiveCases(tx, [keepId, duplicateId])) > 1)
      throw new AppError('conflict', 'beneficiary.merge_active_cases');
    const takesNik = !keep.nikHash && duplicate.nikHash;
    const takesKk = !keep.kkHash && duplicate.kkHash;
    await markMerged(tx, duplicateId, keepId, {
      clearNik: Boolean(takesNik),
      clearKk: Boolean(takesKk),
      sealedReason: context.cipher.seal(FIELD.noNikReason, `Digabungkan ke ${keepId}`),
    });
    const merged = await updateKept(tx, keepId, {
      ...(takesNik ? { nikCipher: duplicate.nikCipher, nikHash: duplicate.nikHash, noNikReasonCipher: null } : {}),
      ...(takesKk ? { kkCipher: duplicate.kkCipher, kkHash: duplicate.kkHash } : {}),
      aliases: [
        ...new Set([
          ...keep.aliases,
          ...duplicate.aliases,
          ...(duplicate.fullName !== keep.fullName ? [duplicate.fullName] : []),
        ]),
      ],
    });
    const moved = await moveRecords(tx, duplicateId, keepId);
    await recordAudit(tx, caller.audit, {
      action: 'beneficiary.merge',
      entityType: 'beneficiary',
      entityId: keepId,
      institutionId: keep.registeredInstitutionId,
      changedFields: [...(takesNik ? ['nik'] : []), ...(takesKk ? ['kk'] : []), 'aliases'],
      details: { duplicateId, ...moved },
    });
    return merged;
  });
  return present(context, row);
}
