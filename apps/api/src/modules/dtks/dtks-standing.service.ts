import type { DtksStanding } from '@atensi/contracts';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { type ClientDataContext, findBeneficiary } from '../beneficiaries/index.js';
import { scopeOf, todayInJakarta } from '../institutions/index.js';
import { ensureDtksCheck, findDtksStanding } from './dtks.service.js';

/** A person's DTKS standing as their institution sees it (audited as a read of the person). */
export async function readDtksStanding(
  context: ClientDataContext,
  actor: Actor,
  beneficiaryId: string,
  audit: AuditContext,
): Promise<DtksStanding> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const person = await findBeneficiary(tx, scope, beneficiaryId);
    if (!person) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'dtks.read',
      entityType: 'beneficiary',
      entityId: beneficiaryId,
      institutionId: person.registeredInstitutionId,
    });
    return findDtksStanding(tx, beneficiaryId);
  });
}

/** A worker asks Pusdatin to check a person in DTKS; an open check is reused (idempotent). */
export async function requestDtksCheck(
  context: ClientDataContext,
  caller: Caller,
  beneficiaryId: string,
): Promise<{ standing: DtksStanding; created: boolean }> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  if (!actor.institutionId) throw new AppError('forbidden');
  const institutionId = actor.institutionId;
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const person = await findBeneficiary(tx, scope, beneficiaryId);
    if (!person) throw new AppError('not_found');
    const check = await ensureDtksCheck(tx, { beneficiaryId, institutionId, reason: 'requested', actorId: actor.id });
    if (check.created) {
      await recordAudit(tx, caller.audit, {
        action: 'dtks.check_request',
        entityType: 'beneficiary',
        entityId: beneficiaryId,
        institutionId,
        details: { checkId: check.id },
      });
    }
    return { standing: await findDtksStanding(tx, beneficiaryId), created: check.created };
  });
}
