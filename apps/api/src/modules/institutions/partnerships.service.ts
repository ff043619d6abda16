import type { CreatePartnershipInput, Partnership } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { todayInJakarta } from './certification-status.js';
import { canBePartner, isUnit } from './institution-rules.js';
import {
  findInstitution,
  findInstitutionsByIds,
  findPartnership,
  findPartnerships,
  hasOverlappingPartnership,
  insertPartnership,
} from './institutions.repository.js';
import { editScopeOf, isWithinScope, NATIONAL_SCOPE, scopeOf } from './institutions.scope.js';
import type { Caller, RegistrySettings } from './institutions.service.js';
import { type PartnershipRow, partnerships } from './institutions.table.js';

// Partnerships (MoU) between a Balai/Loka and its partners: "the IPWL around a Balai" is a query (ADR 0006).

function today(settings: RegistrySettings): string {
  return todayInJakarta(settings.clock());
}

async function presentPartnerships(db: Db, settings: RegistrySettings, rows: PartnershipRow[]): Promise<Partnership[]> {
  const day = today(settings);
  const ids = [...new Set(rows.flatMap((row) => [row.unitId, row.partnerId]))];
  const byId = new Map((await findInstitutionsByIds(db, ids)).map((row) => [row.id, row]));
  return rows.map((row) => {
    const unit = byId.get(row.unitId);
    const partner = byId.get(row.partnerId);
    return {
      id: row.id,
      unitId: row.unitId,
      unitName: unit?.name ?? '',
      partnerId: row.partnerId,
      partnerName: partner?.name ?? '',
      partnerType: partner?.type ?? 'other_partner',
      mouNumber: row.mouNumber,
      scope: row.scope,
      validFrom: row.validFrom,
      validUntil: row.validUntil,
      isActive: row.validFrom <= day && (row.validUntil === null || row.validUntil >= day),
      version: row.version,
    };
  });
}

export async function listPartnerships(
  db: Db,
  settings: RegistrySettings,
  actor: Actor,
  query: { institutionId?: string | undefined; provinceCode?: string | undefined; activeOnly: 'true' | 'false' },
): Promise<{ items: Partnership[] }> {
  authorize(actor, 'institutions:read');
  const day = today(settings);
  const rows = await findPartnerships(db, await scopeOf(db, actor, day), {
    institutionId: query.institutionId,
    provinceCode: query.provinceCode,
    activeOn: query.activeOnly === 'true' ? day : undefined,
  });
  return { items: await presentPartnerships(db, settings, rows) };
}

/** Records an agreement between a Balai/Loka and a partner; a Balai manager for their own unit only. */
export async function createPartnership(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  input: CreatePartnershipInput,
): Promise<Partnership> {
  const { actor } = caller;
  authorize(actor, 'partnerships:manage');
  const validUntil = input.validUntil ?? null;
  if (validUntil !== null && validUntil < input.validFrom) throw invalidField('body.validUntil', 'period.invalid');
  const readScope = await scopeOf(db, actor, today(settings));
  const row = await db.transaction(async (tx) => {
    const unit = await findInstitution(tx, readScope, input.unitId);
    const partner = await findInstitution(tx, NATIONAL_SCOPE, input.partnerId);
    if (!unit || !partner) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), unit.id)) throw new AppError('forbidden');
    if (!isUnit(unit.type)) throw invalidField('body.unitId', 'partnership.unit_type');
    if (!canBePartner(partner.type)) throw invalidField('body.partnerId', 'partnership.partner_type');
    if (await hasOverlappingPartnership(tx, unit.id, partner.id, input.validFrom, validUntil)) {
      throw new AppError('conflict', 'partnership.overlap');
    }
    const created = await insertPartnership(tx, {
      id: uuidv7(),
      unitId: unit.id,
      partnerId: partner.id,
      mouNumber: input.mouNumber,
      scope: input.scope ?? null,
      validFrom: input.validFrom,
      validUntil,
      createdBy: actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'partnership.create',
      entityType: 'partnership',
      entityId: created.id,
      institutionId: unit.id,
      details: { partnerId: partner.id },
    });
    return created;
  });
  const [presented] = await presentPartnerships(db, settings, [row]);
  if (!presented) throw new Error('presentPartnerships lost a row');
  return presented;
}

/** Ends an agreement on a given day (never deletes it: the network's past stays visible). */
export async function endPartnership(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  expected: number,
  validUntil: string,
): Promise<Partnership> {
  const { actor } = caller;
  authorize(actor, 'partnerships:manage');
  const readScope = await scopeOf(db, actor, today(settings));
  const row = await db.transaction(async (tx) => {
    const current = await findPartnership(tx, readScope, id);
    if (!current) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), current.unitId)) throw new AppError('forbidden');
    if (validUntil < current.validFrom) throw invalidField('body.validUntil', 'period.invalid');
    if (current.validUntil !== null && current.validUntil < today(settings)) {
      throw new AppError('conflict', 'partnership.already_ended');
    }
    const updated = await updateVersioned(tx, partnerships, eq(partnerships.id, id), expected, { validUntil });
    await recordAudit(tx, caller.audit, {
      action: 'partnership.end',
      entityType: 'partnership',
      entityId: id,
      institutionId: current.unitId,
      changedFields: ['validUntil'],
    });
    return updated;
  });
  const [presented] = await presentPartnerships(db, settings, [row]);
  if (!presented) throw new Error('presentPartnerships lost a row');
  return presented;
}
