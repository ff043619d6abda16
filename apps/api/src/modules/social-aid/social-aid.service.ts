import type { CaseSocialAid, CreateSocialAidInput, SocialAidAwaiting, SocialAidRequest } from '@atensi/contracts';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext } from '../beneficiaries/index.js';
import { type CaseRow, cases, caseWithinScope } from '../cases/index.js';
import { dtksStatuses, ensureDtksCheck, findDtksStanding } from '../dtks/index.js';
import { editScopeOf, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { findCatalogueItems } from '../service-catalogue/index.js';
import { SERVICEABLE_STATUSES } from '../service-delivery/index.js';
import { AID_FIELD, presentAid } from './social-aid.present.js';
import { type SocialAidRow, socialAidRequests } from './social-aid.table.js';

async function scopedCase(context: ClientDataContext, tx: Db, actor: Actor, caseId: string, lock: boolean) {
  const scope = await scopeOf(tx, actor, todayInJakarta(context.registry.clock()));
  const query = tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), caseWithinScope(scope)));
  const [found] = lock ? await query.for('update') : await query;
  if (!found) throw new AppError('not_found');
  return found;
}

/** The social aid of a case, newest first, with the person's DTKS standing (audited). */
export async function listCaseSocialAid(
  context: ClientDataContext,
  actor: Actor,
  caseId: string,
  audit: AuditContext,
): Promise<CaseSocialAid> {
  authorize(actor, 'beneficiaries:read');
  return context.db.transaction(async (tx) => {
    const found = await scopedCase(context, tx, actor, caseId, false);
    await recordAudit(tx, audit, {
      action: 'social_aid.read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    const rows = await tx
      .select()
      .from(socialAidRequests)
      .where(eq(socialAidRequests.caseId, caseId))
      .orderBy(desc(socialAidRequests.requestedAt));
    const standing = await findDtksStanding(tx, found.beneficiaryId);
    return {
      items: await presentAid(tx, context.cipher, actor, rows),
      dtksStatus: standing.status,
      dtksId: standing.dtksId,
      dtksCheckedOn: standing.checkedOn,
      openCheckRequestedAt: standing.openCheck?.requestedAt ?? null,
      openProposalStatus: standing.openProposal?.status ?? null,
    };
  });
}

/**
 * Requests social aid for a running case with an active plan: what (a catalogue sub-activity counted in items or
 * rupiah), how much, why (sealed). When the person's DTKS standing is unknown, Pusdatin is asked to check at once,
 * so that the answer may be there by the time a manager decides.
 */
export async function createSocialAid(
  context: ClientDataContext,
  caller: Caller,
  caseId: string,
  input: CreateSocialAidInput,
): Promise<SocialAidRequest> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  return context.db.transaction(async (tx) => {
    const found = await scopedCase(context, tx, actor, caseId, true);
    if (!isWithinScope(editScopeOf(actor), found.institutionId)) throw new AppError('forbidden');
    if (!(SERVICEABLE_STATUSES as readonly string[]).includes(found.status) || !found.activePlanId) {
      throw new AppError('conflict', 'service.case_not_in_service', {}, { reason: 'not_in_service' });
    }
    const item = (await findCatalogueItems(tx, [input.catalogueItemId])).get(input.catalogueItemId);
    if (!item?.isActive || item.unit === 'session') {
      throw invalidField('body.catalogueItemId', 'social_aid.item_unit');
    }
    if (item.unit === 'amount' && input.amountRupiah === undefined) {
      throw invalidField('body.amountRupiah', 'social_aid.amount_required');
    }
    if (item.unit === 'item' && !input.items) throw invalidField('body.items', 'social_aid.items_required');
    const [row] = await tx
      .insert(socialAidRequests)
      .values({
        id: uuidv7(),
        caseId,
        beneficiaryId: found.beneficiaryId,
        institutionId: found.institutionId,
        aidType: input.aidType,
        catalogueItemId: item.id,
        amountRupiah: item.unit === 'amount' ? (input.amountRupiah ?? null) : null,
        quantity: item.unit === 'item' ? (input.quantity ?? 1) : null,
        items: input.items ?? null,
        reasonCipher: context.cipher.seal(AID_FIELD.reason, input.reason) ?? '',
        status: 'requested',
        requestedBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('social aid insert returned nothing');
    const [status] = await tx
      .select({ status: dtksStatuses.status })
      .from(dtksStatuses)
      .where(eq(dtksStatuses.beneficiaryId, found.beneficiaryId));
    const check = status
      ? null
      : await ensureDtksCheck(tx, {
          beneficiaryId: found.beneficiaryId,
          institutionId: found.institutionId,
          reason: 'social_aid',
          actorId: actor.id,
        });
    await recordAudit(tx, caller.audit, {
      action: 'social_aid.create',
      entityType: 'social_aid_request',
      entityId: row.id,
      institutionId: found.institutionId,
      details: { caseId, aidType: input.aidType, amountRupiah: row.amountRupiah, dtksCheckId: check?.id ?? null },
    });
    const [presented] = await presentAid(tx, context.cipher, actor, [row]);
    if (!presented) throw new Error('social aid presentation failed');
    return presented;
  });
}

/** A request with its case, locked, within the actor's scope. */
export async function lockAid(
  context: ClientDataContext,
  tx: Db,
  actor: Actor,
  id: string,
): Promise<{ row: SocialAidRow; found: CaseRow }> {
  const [row] = await tx.select().from(socialAidRequests).where(eq(socialAidRequests.id, id)).for('update');
  if (!row) throw new AppError('not_found');
  const found = await scopedCase(context, tx, actor, row.caseId, false);
  return { row, found };
}

/** The requests waiting for the manager's decision at their institution, oldest first (audited: names). */
export async function listAidAwaitingApproval(
  context: ClientDataContext,
  actor: Actor,
  audit: AuditContext,
): Promise<SocialAidAwaiting> {
  authorize(actor, 'social_aid:approve');
  const institutionId = actor.institutionId;
  if (!institutionId) return { items: [] };
  return context.db.transaction(async (tx) => {
    const rows = await tx
      .select({ aid: socialAidRequests, beneficiaryName: beneficiaries.fullName, dtks: dtksStatuses.status })
      .from(socialAidRequests)
      .innerJoin(beneficiaries, eq(beneficiaries.id, socialAidRequests.beneficiaryId))
      .leftJoin(dtksStatuses, eq(dtksStatuses.beneficiaryId, socialAidRequests.beneficiaryId))
      .where(and(eq(socialAidRequests.institutionId, institutionId), eq(socialAidRequests.status, 'requested')))
      .orderBy(asc(socialAidRequests.requestedAt))
      .limit(200);
    await recordAudit(tx, audit, {
      action: 'social_aid.list_awaiting',
      entityType: 'social_aid_request',
      institutionId,
      details: { count: rows.length },
    });
    return {
      items: rows.map(({ aid, beneficiaryName, dtks }) => ({
        id: aid.id,
        caseId: aid.caseId,
        beneficiaryName,
        aidType: aid.aidType,
        amountRupiah: aid.amountRupiah,
        requestedAt: aid.requestedAt.toISOString(),
        dtksStatus: dtks ?? 'unknown',
      })),
    };
  });
}
