import {
  type CreateInstitutionInput,
  type InstitutionDetail,
  type InstitutionList,
  type InstitutionListQuery,
  type InstitutionSummary,
  IpwlRequirement,
  normaliseRegionCode,
  type RequirementStatus,
  type UpdateInstitutionInput,
} from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { getRegion } from '../regions/index.js';
import {
  type AdmissionBlock,
  addDays,
  admissionBlock,
  type InstitutionCertification,
  institutionCertification,
  todayInJakarta,
} from './certification-status.js';
import { isAllowedParent } from './institution-rules.js';
import {
  closeHistory,
  countCertifiedStaff,
  findCertificationRecords,
  findDesignations,
  findHistory,
  findInstitution,
  findInstitutions,
  findInstitutionsByIds,
  findOpenHistory,
  findRequirements,
  InstitutionCodeTaken,
  insertHistory,
  insertInstitution,
  lockInstitution,
} from './institutions.repository.js';
import { editScopeOf, isWithinScope, scopeOf } from './institutions.scope.js';
import { type InstitutionRow, institutions } from './institutions.table.js';

/** What the registry needs besides the database: the expiring window and a clock (fixed in tests). */
export type RegistrySettings = { expiringDays: number; clock: () => Date };

export type Caller = { actor: Actor; audit: AuditContext };

function today(settings: RegistrySettings): string {
  return todayInJakarta(settings.clock());
}

/** The certification of many institutions on a day, from their accreditations and suspensions (two queries). */
export async function certificationsOf(
  db: Db,
  ids: string[],
  day: string,
  expiringDays: number,
): Promise<Map<string, InstitutionCertification>> {
  const records = await findCertificationRecords(db, ids);
  return new Map(
    ids.map((id) => [
      id,
      institutionCertification(
        records.accreditations.get(id) ?? [],
        records.suspensions.get(id) ?? [],
        day,
        expiringDays,
      ),
    ]),
  );
}

async function summarise(db: Db, settings: RegistrySettings, rows: InstitutionRow[]): Promise<InstitutionSummary[]> {
  const day = today(settings);
  const certifications = await certificationsOf(
    db,
    rows.map((row) => row.id),
    day,
    settings.expiringDays,
  );
  return rows.map((row) => {
    const certification = certifications.get(row.id) ?? { status: null, validUntil: null };
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      type: row.type,
      parentId: row.parentId,
      regionCode: row.regionCode,
      provinceCode: row.regionCode?.slice(0, 2) ?? null,
      certificationStatus: certification.status,
      certificationValidUntil: certification.validUntil,
      isActive: row.closedOn === null || row.closedOn > day,
    };
  });
}

export async function listInstitutions(
  db: Db,
  settings: RegistrySettings,
  actor: Actor,
  query: InstitutionListQuery,
): Promise<InstitutionList> {
  authorize(actor, 'institutions:read');
  const rows = await findInstitutions(db, await scopeOf(db, actor, today(settings)), query, today(settings));
  const items = await summarise(db, settings, rows);
  const wanted = query.certificationStatus;
  return {
    items: wanted
      ? items.filter((item) =>
          wanted === 'none' ? item.certificationStatus === null : item.certificationStatus === wanted,
        )
      : items,
  };
}

/** Whether an institution may open new cases today, and why not (the rule the cases module enforces). */
export async function admissionOf(
  db: Db,
  settings: RegistrySettings,
  institutionId: string,
): Promise<{ canAdmit: boolean; reason: AdmissionBlock | null }> {
  const [row] = await findInstitutionsByIds(db, [institutionId]);
  if (!row) throw new AppError('not_found');
  const [summary] = await summarise(db, settings, [row]);
  const reason = admissionBlock(row.type, summary?.certificationStatus ?? null, row.closedOn, today(settings));
  return { canAdmit: reason === null, reason };
}

async function requirementsOf(db: Db, row: InstitutionRow, day: string): Promise<RequirementStatus[]> {
  if (row.type !== 'ipwl') return [];
  const [recorded, counts] = await Promise.all([findRequirements(db, row.id), countCertifiedStaff(db, [row.id], day)]);
  const staff = counts.get(row.id);
  return IpwlRequirement.options.map((requirement) => {
    if (requirement === 'certified_social_worker' || requirement === 'addiction_counsellor') {
      const count = requirement === 'certified_social_worker' ? staff?.socialWorkers : staff?.counsellors;
      return { requirement, met: (count ?? 0) > 0, derived: true, evidence: null, verifiedAt: null };
    }
    const entry = recorded.find((item) => item.requirement === requirement);
    return {
      requirement,
      met: entry?.met ?? false,
      derived: false,
      evidence: entry?.evidence ?? null,
      verifiedAt: entry?.verifiedAt.toISOString() ?? null,
    };
  });
}

export async function getInstitution(
  db: Db,
  settings: RegistrySettings,
  actor: Actor,
  id: string,
): Promise<InstitutionDetail> {
  authorize(actor, 'institutions:read');
  const day = today(settings);
  const row = await findInstitution(db, await scopeOf(db, actor, day), id);
  if (!row) throw new AppError('not_found');
  return describeInstitution(db, settings, row);
}

export async function describeInstitution(
  db: Db,
  settings: RegistrySettings,
  row: InstitutionRow,
): Promise<InstitutionDetail> {
  const day = today(settings);
  const [[summary], history, designations, records, requirements, counts, parents] = await Promise.all([
    summarise(db, settings, [row]),
    findHistory(db, row.id),
    findDesignations(db, row.id),
    findCertificationRecords(db, [row.id]),
    requirementsOf(db, row, day),
    countCertifiedStaff(db, [row.id], day),
    findInstitutionsByIds(db, row.parentId ? [row.parentId] : []),
  ]);
  if (!summary) throw new Error('summarise lost a row');
  const parent = parents[0];
  const reason = admissionBlock(row.type, summary.certificationStatus, row.closedOn, day);
  return {
    ...summary,
    address: row.address,
    phone: row.phone,
    email: row.email,
    capacityResidential: row.capacityResidential,
    capacityOutpatient: row.capacityOutpatient,
    components: row.components,
    settings: row.settings,
    validFrom: row.validFrom,
    closedOn: row.closedOn,
    parent: parent ? { id: parent.id, code: parent.code, name: parent.name } : null,
    history,
    designations: designations.map((item) => ({
      id: item.id,
      decreeNumber: item.decreeNumber,
      decreeDate: item.decreeDate,
      ministry: item.ministry,
      createdAt: item.createdAt.toISOString(),
    })),
    accreditations: (records.accreditations.get(row.id) ?? []).map((item) => ({
      id: item.id,
      grade: item.grade,
      issuer: item.issuer,
      certificateNumber: item.certificateNumber,
      validFrom: item.validFrom,
      validUntil: item.validUntil,
      createdAt: item.createdAt.toISOString(),
    })),
    suspensions: (records.suspensions.get(row.id) ?? []).map((item) => ({
      id: item.id,
      reason: item.reason,
      suspendedOn: item.suspendedOn,
      liftedOn: item.liftedOn,
    })),
    requirements,
    canAdmitCases: reason === null,
    admissionBlockedReason: reason,
    staffCount: counts.get(row.id)?.staff ?? 0,
    version: row.version,
  };
}

/** The dotted region code, or `invalid` naming the field when the code is not in the regions table. */
async function checkRegion(db: Db, regionCode: string | null | undefined, path: string): Promise<string | null> {
  if (!regionCode) return null;
  const code = normaliseRegionCode(regionCode);
  try {
    await getRegion(db, code);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found')
      throw invalidField(path, 'institution.region_not_found', { code });
    throw error;
  }
  return code;
}

async function checkParent(db: Db, type: CreateInstitutionInput['type'], parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const [parent] = await findInstitutionsByIds(db, [parentId]);
  if (!parent) throw invalidField('body.parentId', 'institution.parent_not_found');
  if (!isAllowedParent(type, parent.type)) {
    throw invalidField('body.parentId', 'institution.parent_invalid', { type, parentType: parent.type });
  }
}

/** Registers an institution and opens the first period of its history. */
export async function createInstitution(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  input: CreateInstitutionInput,
): Promise<InstitutionDetail> {
  authorize(caller.actor, 'institutions:create');
  const parentId = input.parentId ?? null;
  const regionCode = await checkRegion(db, input.regionCode, 'body.regionCode');
  await checkParent(db, input.type, parentId);
  const validFrom = input.validFrom ?? today(settings);
  const row = await db.transaction(async (tx) => {
    let created: InstitutionRow;
    try {
      created = await insertInstitution(tx, {
        id: uuidv7(),
        code: input.code,
        name: input.name,
        type: input.type,
        parentId,
        regionCode,
        address: input.address ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        capacityResidential: input.capacityResidential ?? null,
        capacityOutpatient: input.capacityOutpatient ?? null,
        components: [...new Set(input.components)],
        settings: [...new Set(input.settings)],
        validFrom,
        createdBy: caller.actor.id,
      });
    } catch (error) {
      if (error instanceof InstitutionCodeTaken)
        throw new AppError('conflict', 'institution.code_taken', { code: input.code });
      throw error;
    }
    await insertHistory(tx, {
      id: uuidv7(),
      institutionId: created.id,
      validFrom,
      name: created.name,
      parentId,
      reason: null,
      recordedBy: caller.actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'institution.create',
      entityType: 'institution',
      entityId: created.id,
      institutionId: created.id,
      changedFields: Object.keys(input).sort(),
    });
    return created;
  });
  return describeInstitution(db, settings, row);
}

const PROFILE_FIELDS = [
  'address',
  'phone',
  'email',
  'capacityResidential',
  'capacityOutpatient',
  'components',
  'settings',
] as const;

/**
 * Edits a profile. A name or parent change closes the current period of the history (the day before it takes
 * effect) and opens a new one, so the institution's past names and parents are never overwritten. Parent changes
 * and closing belong to national roles; a manager edits the rest of their own institution only.
 */
export async function updateInstitution(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  expected: number,
  input: UpdateInstitutionInput,
): Promise<InstitutionDetail> {
  const { actor } = caller;
  authorize(actor, 'institutions:edit');
  const day = today(settings);
  const readScope = await scopeOf(db, actor, day);
  const regionCode =
    input.regionCode === undefined ? undefined : await checkRegion(db, input.regionCode, 'body.regionCode');
  const row = await db.transaction(async (tx) => {
    const current = await lockInstitution(tx, readScope, id);
    if (!current) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), current.id)) throw new AppError('forbidden');
    const isNational = editScopeOf(actor).kind === 'national';
    const parentChanges = input.parentId !== undefined && input.parentId !== current.parentId;
    const closeChanges = input.closedOn !== undefined && input.closedOn !== current.closedOn;
    if ((parentChanges || closeChanges) && !isNational) throw new AppError('forbidden');
    if (parentChanges) {
      if (input.parentId === current.id)
        throw invalidField('body.parentId', 'institution.parent_invalid', {
          type: current.type,
          parentType: current.type,
        });
      await checkParent(tx, current.type, input.parentId ?? null);
    }
    if (closeChanges && input.closedOn && input.closedOn < current.validFrom) {
      throw invalidField('body.closedOn', 'institution.closed_before_start', { since: current.validFrom });
    }
    const nameChanges = input.name !== undefined && input.name !== current.name;
    const changed: string[] = [];
    if (nameChanges) changed.push('name');
    if (parentChanges) changed.push('parentId');
    if (closeChanges) changed.push('closedOn');
    if (regionCode !== undefined && regionCode !== current.regionCode) changed.push('regionCode');
    for (const field of PROFILE_FIELDS) {
      if (input[field] !== undefined && JSON.stringify(input[field]) !== JSON.stringify(current[field]))
        changed.push(field);
    }

    const updated = await updateVersioned(tx, institutions, eq(institutions.id, id), expected, {
      ...(nameChanges ? { name: input.name } : {}),
      ...(parentChanges ? { parentId: input.parentId ?? null } : {}),
      ...(closeChanges ? { closedOn: input.closedOn ?? null } : {}),
      ...(regionCode !== undefined ? { regionCode } : {}),
      ...Object.fromEntries(
        PROFILE_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, input[field]]),
      ),
      updatedAt: new Date(),
    });

    if (nameChanges || parentChanges) {
      const effectiveOn = input.effectiveOn ?? day;
      const open = await findOpenHistory(tx, id);
      if (open && effectiveOn <= open.validFrom) {
        throw invalidField('body.effectiveOn', 'institution.effective_date_invalid', {
          since: addDays(open.validFrom, 1),
        });
      }
      if (open) await closeHistory(tx, open.id, addDays(effectiveOn, -1));
      await insertHistory(tx, {
        id: uuidv7(),
        institutionId: id,
        validFrom: effectiveOn,
        name: updated.name,
        parentId: updated.parentId,
        reason: input.changeReason ?? null,
        recordedBy: actor.id,
      });
    }
    await recordAudit(tx, caller.audit, {
      action: 'institution.update',
      entityType: 'institution',
      entityId: id,
      institutionId: id,
      changedFields: changed,
    });
    return updated;
  });
  return describeInstitution(db, settings, row);
}
