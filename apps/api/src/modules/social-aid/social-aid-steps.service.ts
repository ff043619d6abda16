import type { DeliverSocialAidInput, DtksStatus, ReceiptInput, SocialAidRequest } from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import type { Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import type { MessageKey } from '../../platform/http/messages.js';
import { recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { ensureDtksCheck, ensureInclusionProposal, findDtksStanding } from '../dtks/index.js';
import { todayInJakarta } from '../institutions/index.js';
import { recordSessions } from '../service-delivery/index.js';
import { AID_FIELD, aidViewerOf, presentAid } from './social-aid.present.js';
import { lockAid } from './social-aid.service.js';
import { type SocialAidRow, socialAidRequests } from './social-aid.table.js';
import { type AidAction, dtksGate, nextAidStatus } from './social-aid-rules.js';

type Locked = Awaited<ReturnType<typeof lockAid>>;

/** Locks a request for a step: in scope, the caller allowed at its institution, the step possible now, not stale. */
async function lockForStep(
  context: ClientDataContext,
  tx: Db,
  caller: Caller,
  id: string,
  expected: number,
  action: AidAction,
): Promise<Locked> {
  const locked = await lockAid(context, tx, caller.actor, id);
  const viewer = aidViewerOf(caller.actor, locked.row.institutionId);
  const decides = action === 'approve' || action === 'reject';
  if (decides ? !viewer.canApprove : !viewer.canWrite) throw new AppError('forbidden');
  if (nextAidStatus(locked.row.status, action) === null) {
    throw new AppError(
      'conflict',
      'social_aid.step_not_allowed',
      { status: locked.row.status },
      { reason: 'step_not_allowed', status: locked.row.status },
    );
  }
  if (locked.row.version !== expected) {
    throw new AppError(
      'conflict',
      'concurrency.stale',
      { currentVersion: locked.row.version },
      { reason: 'stale', currentVersion: locked.row.version },
    );
  }
  return locked;
}

async function answer(
  context: ClientDataContext,
  tx: Db,
  caller: Caller,
  row: SocialAidRow,
): Promise<SocialAidRequest> {
  const [presented] = await presentAid(tx, context.cipher, caller.actor, [row]);
  if (!presented) throw new Error('social aid presentation failed');
  return presented;
}

type Blocked = { key: MessageKey; params: Record<string, unknown>; details: Record<string, unknown> };

/**
 * A manager approves a request (If-Match), when the person is matched in DTKS. Otherwise the approval is refused
 * (409) with what to do, and what can be done at once is done and kept: a person not in DTKS is proposed for
 * inclusion to Pusdatin; a person never checked is put in Pusdatin's queue.
 */
export async function approveSocialAid(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  input: { note?: string | undefined },
): Promise<SocialAidRequest> {
  authorize(caller.actor, 'social_aid:approve');
  const now = context.registry.clock();
  const outcome = await context.db.transaction(async (tx): Promise<SocialAidRequest | Blocked> => {
    const { row } = await lockForStep(context, tx, caller, id, expected, 'approve');
    const standing = await findDtksStanding(tx, row.beneficiaryId);
    const gate = dtksGate(standing.status);
    const audit = (result: string, details: Record<string, unknown> = {}) =>
      recordAudit(tx, caller.audit, {
        action: `social_aid.${result}`,
        entityType: 'social_aid_request',
        entityId: id,
        institutionId: row.institutionId,
        details: { dtksStatus: standing.status, ...details },
      });
    switch (gate) {
      case 'approve': {
        const updated = await updateVersioned(tx, socialAidRequests, eq(socialAidRequests.id, id), expected, {
          status: 'approved',
          decidedBy: caller.actor.id,
          decidedAt: now,
          decisionNoteCipher: context.cipher.seal(AID_FIELD.decisionNote, input.note),
        });
        await audit('approve');
        return answer(context, tx, caller, updated);
      }
      case 'propose_inclusion': {
        const proposal = await ensureInclusionProposal(tx, {
          beneficiaryId: row.beneficiaryId,
          institutionId: row.institutionId,
          socialAidRequestId: id,
          actorId: caller.actor.id,
        });
        await audit('approval_blocked', { proposalId: proposal.id, proposalCreated: proposal.created });
        return {
          key: 'social_aid.dtks_not_matched',
          params: {},
          details: { reason: 'dtks_not_matched', dtksStatus: standing.status, proposalId: proposal.id },
        };
      }
      case 'await_check': {
        const check = await ensureDtksCheck(tx, {
          beneficiaryId: row.beneficiaryId,
          institutionId: row.institutionId,
          reason: 'social_aid',
          actorId: caller.actor.id,
        });
        await audit('approval_blocked', { checkId: check.id });
        return {
          key: 'social_aid.dtks_unknown',
          params: { date: todayInJakarta(check.requestedAt) },
          details: { reason: 'dtks_unknown', dtksStatus: standing.status, checkId: check.id },
        };
      }
      case 'fix_nik': {
        await audit('approval_blocked');
        return {
          key: 'social_aid.dtks_nik_problem',
          params: { status: standing.status satisfies DtksStatus },
          details: { reason: 'dtks_nik_problem', dtksStatus: standing.status },
        };
      }
      default: {
        const unknown: never = gate;
        throw new Error(`unknown gate ${String(unknown)}`);
      }
    }
  });
  // The proposal or check made above is committed: the refusal comes after, so that it is kept.
  if ('key' in outcome) throw new AppError('conflict', outcome.key, outcome.params, outcome.details);
  return outcome;
}

/** A manager rejects a request (If-Match), with a reason (sealed). */
export async function rejectSocialAid(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  reason: string,
): Promise<SocialAidRequest> {
  authorize(caller.actor, 'social_aid:approve');
  return context.db.transaction(async (tx) => {
    const { row } = await lockForStep(context, tx, caller, id, expected, 'reject');
    const updated = await updateVersioned(tx, socialAidRequests, eq(socialAidRequests.id, id), expected, {
      status: 'rejected',
      decidedBy: caller.actor.id,
      decidedAt: context.registry.clock(),
      decisionNoteCipher: context.cipher.seal(AID_FIELD.decisionNote, reason),
    });
    await recordAudit(tx, caller.audit, {
      action: 'social_aid.reject',
      entityType: 'social_aid_request',
      entityId: id,
      institutionId: row.institutionId,
    });
    return answer(context, tx, caller, updated);
  });
}

/**
 * Records the handing over of approved aid (If-Match): it is a service of the case (its catalogue sub-activity,
 * the amount or the items), recorded in the same transaction, so the case's progress and the institution's summary
 * count it.
 */
export async function deliverSocialAid(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  input: DeliverSocialAidInput,
): Promise<SocialAidRequest> {
  authorize(caller.actor, 'beneficiaries:write');
  return context.db.transaction(async (tx) => {
    const { row } = await lockForStep(context, tx, caller, id, expected, 'deliver');
    if (row.decidedAt && input.deliveredOn < todayInJakarta(row.decidedAt)) {
      throw invalidField('body.deliveredOn', 'social_aid.delivered_before_approval');
    }
    const [sessionId] = await recordSessions(context, tx, caller, [
      {
        kind: 'individual',
        heldOn: input.deliveredOn,
        catalogueItemId: row.catalogueItemId,
        staffId: input.staffId,
        location: 'institution',
        note: input.note,
        people: [{ caseId: row.caseId, attended: true, quantity: row.amountRupiah ?? row.quantity ?? 1 }],
        pathOf: (field) =>
          field === 'heldOn' ? 'body.deliveredOn' : field === 'staffId' ? 'body.staffId' : 'params.id',
      },
    ]);
    const updated = await updateVersioned(tx, socialAidRequests, eq(socialAidRequests.id, id), expected, {
      status: 'delivered',
      deliveredOn: input.deliveredOn,
      deliveredBy: caller.actor.id,
      deliverySessionId: sessionId ?? null,
    });
    await recordAudit(tx, caller.audit, {
      action: 'social_aid.deliver',
      entityType: 'social_aid_request',
      entityId: id,
      institutionId: row.institutionId,
      details: { sessionId },
    });
    return answer(context, tx, caller, updated);
  });
}

/** Records that the person (or their guardian or family) received the aid (If-Match). */
export async function recordAidReceipt(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  input: ReceiptInput,
): Promise<SocialAidRequest> {
  authorize(caller.actor, 'beneficiaries:write');
  const today = todayInJakarta(context.registry.clock());
  return context.db.transaction(async (tx) => {
    const { row } = await lockForStep(context, tx, caller, id, expected, 'receipt');
    if (input.receivedOn > today) throw invalidField('body.receivedOn', 'service.date_future');
    if (row.deliveredOn && input.receivedOn < row.deliveredOn) {
      throw invalidField('body.receivedOn', 'social_aid.received_before_delivery');
    }
    const updated = await updateVersioned(tx, socialAidRequests, eq(socialAidRequests.id, id), expected, {
      status: 'received',
      receivedOn: input.receivedOn,
      receivedBy: input.receivedBy,
      receiptNoteCipher: context.cipher.seal(AID_FIELD.receiptNote, input.note),
    });
    await recordAudit(tx, caller.audit, {
      action: 'social_aid.receipt',
      entityType: 'social_aid_request',
      entityId: id,
      institutionId: row.institutionId,
      details: { receivedBy: input.receivedBy },
    });
    return answer(context, tx, caller, updated);
  });
}

/** Withdraws a request not yet delivered (If-Match), with a reason (sealed). */
export async function cancelSocialAid(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  reason: string,
): Promise<SocialAidRequest> {
  authorize(caller.actor, 'beneficiaries:write');
  return context.db.transaction(async (tx) => {
    const { row } = await lockForStep(context, tx, caller, id, expected, 'cancel');
    const updated = await updateVersioned(tx, socialAidRequests, eq(socialAidRequests.id, id), expected, {
      status: 'cancelled',
      decisionNoteCipher: context.cipher.seal(AID_FIELD.decisionNote, reason),
    });
    await recordAudit(tx, caller.audit, {
      action: 'social_aid.cancel',
      entityType: 'social_aid_request',
      entityId: id,
      institutionId: row.institutionId,
    });
    return answer(context, tx, caller, updated);
  });
}
