import type {
  CreateAccreditationInput,
  CreateDesignationInput,
  InstitutionDetail,
  RequirementStatus,
  SetRequirementInput,
  SuspendInput,
} from '@atensi/contracts';
import { DERIVED_REQUIREMENTS } from '@atensi/contracts';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { todayInJakarta } from './certification-status.js';
import {
  insertAccreditation,
  insertDesignation,
  insertSuspension,
  liftSuspension,
  lockInstitution,
  upsertRequirement,
} from './institutions.repository.js';
import { NATIONAL_SCOPE } from './institutions.scope.js';
import { type Caller, describeInstitution, type RegistrySettings } from './institutions.service.js';
import type { InstitutionRow } from './institutions.table.js';

// IPWL certification: designation decrees, accreditations, suspensions and requirements (national roles, ADR 0006).

function today(settings: RegistrySettings): string {
  return todayInJakarta(settings.clock());
}

/** Runs a certification change on an institution (national roles), audited, and answers the new detail. */
async function certificationChange(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  action: string,
  change: (tx: Db, institution: InstitutionRow) => Promise<Record<string, unknown> | undefined>,
): Promise<InstitutionDetail> {
  authorize(caller.actor, 'certification:manage');
  const row = await db.transaction(async (tx) => {
    const institution = await lockInstitution(tx, NATIONAL_SCOPE, id);
    if (!institution) throw new AppError('not_found');
    const details = await change(tx, institution);
    await recordAudit(tx, caller.audit, {
      action,
      entityType: 'institution',
      entityId: id,
      institutionId: id,
      ...(details ? { details } : {}),
    });
    return institution;
  });
  return describeInstitution(db, settings, row);
}

export function addDesignation(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  input: CreateDesignationInput,
) {
  return certificationChange(db, settings, caller, id, 'institution.designate', async (tx) => {
    await insertDesignation(tx, { id: uuidv7(), institutionId: id, ...input, createdBy: caller.actor.id });
    return { ministry: input.ministry };
  });
}

export function addAccreditation(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  input: CreateAccreditationInput,
) {
  if (input.validUntil < input.validFrom) throw invalidField('body.validUntil', 'period.invalid');
  return certificationChange(db, settings, caller, id, 'institution.accredit', async (tx) => {
    await insertAccreditation(tx, {
      id: uuidv7(),
      institutionId: id,
      grade: input.grade,
      issuer: input.issuer,
      certificateNumber: input.certificateNumber ?? null,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      createdBy: caller.actor.id,
    });
    return { grade: input.grade, validUntil: input.validUntil };
  });
}

export function suspendInstitution(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  input: SuspendInput,
) {
  return certificationChange(db, settings, caller, id, 'institution.suspend', async (tx) => {
    const created = await insertSuspension(tx, {
      id: uuidv7(),
      institutionId: id,
      reason: input.reason,
      suspendedOn: input.suspendedOn ?? today(settings),
      createdBy: caller.actor.id,
    });
    if (!created) throw new AppError('conflict', 'institution.already_suspended');
    return undefined;
  });
}

export function liftInstitutionSuspension(db: Db, settings: RegistrySettings, caller: Caller, id: string) {
  return certificationChange(db, settings, caller, id, 'institution.lift_suspension', async (tx) => {
    const lifted = await liftSuspension(tx, id, today(settings));
    if (!lifted) throw new AppError('conflict', 'institution.not_suspended');
    return undefined;
  });
}

export function setRequirement(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  requirement: RequirementStatus['requirement'],
  input: SetRequirementInput,
) {
  return certificationChange(db, settings, caller, id, 'institution.verify_requirement', async (tx, institution) => {
    if (institution.type !== 'ipwl') throw new AppError('conflict', 'institution.requirements_ipwl_only');
    if (DERIVED_REQUIREMENTS.includes(requirement)) throw new AppError('conflict', 'institution.requirement_derived');
    await upsertRequirement(tx, {
      institutionId: id,
      requirement,
      met: input.met,
      evidence: input.evidence ?? null,
      verifiedBy: caller.actor.id,
    });
    return { requirement, met: input.met };
  });
}
