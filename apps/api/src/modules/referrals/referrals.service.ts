import type { CreateReferralInput, InstitutionType, Referral, ReferralListQuery } from '@atensi/contracts';
import { and, asc, desc, eq, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { translate } from '../../platform/http/messages.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext } from '../beneficiaries/index.js';
import { ACTIVE_STATUSES, type CaseRow, cases, recordCaseEvent } from '../cases/index.js';
import { findValidConsent, purposesFor, REFERRAL_CATEGORIES, recordDisclosure } from '../consents/index.js';
import {
  addDays,
  admissionOf,
  editScopeOf,
  findInstitutionsByIds,
  institutions,
  isWithinScope,
  type Scope,
  scopeOf,
  todayInJakarta,
  withinScope,
} from '../institutions/index.js';
import { type ReferralRow, referrals } from './referrals.table.js';

const FIELD = {
  reason: 'referrals.reason',
  decline: 'referrals.decline_reason',
  outcome: 'referrals.outcome',
} as const;

/** Institutions that can take a transfer (a case moves to them): units and IPWL. */
const TRANSFER_TYPES = new Set(['balai', 'loka', 'ipwl']);

function today(context: ClientDataContext): string {
  return todayInJakarta(context.registry.clock());
}

async function present(context: ClientDataContext, rows: ReferralRow[], language: 'id' | 'en'): Promise<Referral[]> {
  const { db, cipher } = context;
  if (rows.length === 0) return [];
  const institutionIds = [...new Set(rows.flatMap((row) => [row.fromInstitutionId, row.toInstitutionId]))];
  const [institutionRows, people] = await Promise.all([
    findInstitutionsByIds(db, institutionIds),
    db
      .select({
        caseId: cases.id,
        id: beneficiaries.id,
        fullName: beneficiaries.fullName,
        sex: beneficiaries.sex,
        birthDate: beneficiaries.birthDate,
      })
      .from(cases)
      .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
      .where(
        sql`${cases.id} IN (${sql.join(
          rows.map((row) => sql`${row.caseId}::uuid`),
          sql`, `,
        )})`,
      ),
  ]);
  const names = new Map(institutionRows.map((row) => [row.id, row.name]));
  const personOf = new Map(people.map(({ caseId, ...person }) => [caseId, person]));
  const day = today(context);
  return rows.map((row) => ({
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    status: row.status,
    fromInstitutionId: row.fromInstitutionId,
    fromInstitutionName: names.get(row.fromInstitutionId) ?? '',
    toInstitutionId: row.toInstitutionId,
    toInstitutionName: names.get(row.toInstitutionId) ?? '',
    beneficiary: personOf.get(row.caseId) ?? { id: '', fullName: '', sex: 'M', birthDate: '' },
    reason: cipher.open(FIELD.reason, row.reasonCipher) ?? '',
    documents: row.documents,
    consentId: row.consentId,
    dueOn: row.dueOn,
    isOverdue: row.status === 'pending' && row.dueOn < day,
    declineReason: cipher.open(FIELD.decline, row.declineReasonCipher),
    outcome: cipher.open(FIELD.outcome, row.outcomeCipher),
    createdAt: row.createdAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    notice: translate('referral.notice', language),
    version: row.version,
  }));
}

async function presentOne(context: ClientDataContext, row: ReferralRow, language: 'id' | 'en'): Promise<Referral> {
  const [presented] = await present(context, [row], language);
  if (!presented) throw new Error('present lost a row');
  return presented;
}

/** A referral is seen by both ends: the sending and the receiving institution's scopes. */
function referralWithinScope(scope: Scope): SQL {
  const either = sql`(${withinScope(scope, referrals.fromInstitutionId)} OR ${withinScope(scope, referrals.toInstitutionId)})`;
  return either;
}

/**
 * Refers a running case to another institution. A valid consent of the person must cover the receiver and the
 * referral's purpose (refused otherwise); the packet's disclosure is recorded in the same transaction; the
 * receiver has `referralResponseDays` to answer. A transfer needs a receiver that can admit.
 */
export async function createReferral(
  context: ClientDataContext,
  caller: Caller,
  caseId: string,
  input: CreateReferralInput,
  language: 'id' | 'en',
): Promise<Referral> {
  const { db, cipher } = context;
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const day = today(context);
  const scope = await scopeOf(db, actor, day);
  const [target] = await findInstitutionsByIds(db, [input.toInstitutionId]);
  if (!target || (target.closedOn !== null && target.closedOn <= day)) {
    throw new AppError('invalid', 'referral.target_invalid', { reason: 'not_found' }, [
      { path: 'body.toInstitutionId', messageKey: 'referral.target_invalid', params: { reason: 'not_found' } },
    ]);
  }
  if (input.kind === 'transfer') {
    if (!TRANSFER_TYPES.has(target.type)) {
      throw new AppError('invalid', 'referral.target_invalid', { reason: target.type }, [
        { path: 'body.toInstitutionId', messageKey: 'referral.target_invalid', params: { reason: target.type } },
      ]);
    }
    const admission = await admissionOf(db, context.registry, target.id);
    if (!admission.canAdmit) {
      throw new AppError(
        'conflict',
        'referral.target_invalid',
        { reason: admission.reason },
        { reason: admission.reason },
      );
    }
  }
  const row = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), withinScope(scope, cases.institutionId)))
      .for('update');
    if (!current) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), current.institutionId)) throw new AppError('forbidden');
    if (!ACTIVE_STATUSES.includes(current.status)) throw new AppError('conflict', 'referral.case_not_active');
    if (current.institutionId === target.id) {
      throw new AppError('invalid', 'referral.target_invalid', { reason: 'same_institution' }, [
        { path: 'body.toInstitutionId', messageKey: 'referral.target_invalid', params: { reason: 'same_institution' } },
      ]);
    }
    const consent = await findValidConsent(
      tx,
      {
        beneficiaryId: current.beneficiaryId,
        recipientId: target.id,
        purposes: purposesFor(target.type),
        categories: REFERRAL_CATEGORIES,
        consentId: input.consentId,
      },
      day,
    );
    if (!consent) throw new AppError('conflict', 'referral.consent_required', {}, { reason: 'consent_required' });
    const [created] = await tx
      .insert(referrals)
      .values({
        id: uuidv7(),
        caseId,
        fromInstitutionId: current.institutionId,
        toInstitutionId: target.id,
        kind: input.kind,
        reasonCipher: cipher.seal(FIELD.reason, input.reason) ?? '',
        documents: input.documents,
        consentId: consent.id,
        status: 'pending',
        dueOn: addDays(day, context.care.referralResponseDays),
        createdBy: actor.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) throw new AppError('conflict', 'referral.pending_exists');
    await recordDisclosure(tx, {
      beneficiaryId: current.beneficiaryId,
      caseId,
      fromInstitutionId: current.institutionId,
      recipientInstitutionId: target.id,
      purpose: consent.purpose,
      categories: REFERRAL_CATEGORIES,
      consentId: consent.id,
      disclosedBy: actor.id,
    });
    await recordCaseEvent(tx, current, { action: 'refer', reason: input.kind, on: day, actorId: actor.id });
    await recordAudit(tx, caller.audit, {
      action: 'referral.create',
      entityType: 'referral',
      entityId: created.id,
      institutionId: current.institutionId,
      details: { caseId, kind: input.kind, toInstitutionId: target.id },
    });
    return created;
  });
  return presentOne(context, row, language);
}

export async function readReferral(
  context: ClientDataContext,
  actor: Actor,
  id: string,
  audit: AuditContext,
  language: 'id' | 'en',
): Promise<Referral> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, today(context));
  const row = await context.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(referrals)
      .where(and(eq(referrals.id, id), referralWithinScope(scope)));
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'referral.read',
      entityType: 'referral',
      entityId: id,
      institutionId: found.toInstitutionId,
    });
    return found;
  });
  return presentOne(context, row, language);
}

export async function listReferrals(
  context: ClientDataContext,
  actor: Actor,
  query: ReferralListQuery,
  audit: AuditContext,
  language: 'id' | 'en',
): Promise<{ items: Referral[] }> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, today(context));
  const rows = await context.db.transaction(async (tx) => {
    const found = await tx
      .select()
      .from(referrals)
      .where(
        and(
          withinScope(scope, query.direction === 'incoming' ? referrals.toInstitutionId : referrals.fromInstitutionId),
          query.status ? eq(referrals.status, query.status) : undefined,
          query.caseId ? eq(referrals.caseId, query.caseId) : undefined,
        ),
      )
      .orderBy(desc(referrals.createdAt))
      .limit(500);
    await recordAudit(tx, audit, {
      action: 'referral.list',
      entityType: 'referral',
      details: { direction: query.direction, count: found.length },
    });
    return found;
  });
  return { items: await present(context, rows, language) };
}

/** Runs an answer of the receiving institution on a referral (If-Match), audited. */
async function answer(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  action: string,
  change: (tx: Db, referral: ReferralRow) => Promise<Partial<typeof referrals.$inferInsert>>,
  side: 'receiver' | 'sender' = 'receiver',
): Promise<ReferralRow> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const scope = await scopeOf(context.db, actor, today(context));
  return context.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(referrals)
      .where(and(eq(referrals.id, id), referralWithinScope(scope)))
      .for('update');
    if (!current) throw new AppError('not_found');
    const owner = side === 'receiver' ? current.toInstitutionId : current.fromInstitutionId;
    if (!isWithinScope(editScopeOf(actor), owner)) throw new AppError('forbidden');
    const values = await change(tx, current);
    const updated = await updateVersioned(tx, referrals, eq(referrals.id, id), expected, values);
    await recordAudit(tx, caller.audit, {
      action,
      entityType: 'referral',
      entityId: id,
      institutionId: owner,
      changedFields: Object.keys(values).filter((key) => !key.endsWith('At') && !key.endsWith('By')),
    });
    return updated;
  });
}

/** The receiver accepts: a transfer moves the case (and its worker assignment is cleared) to the receiver. */
export async function acceptReferral(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  language: 'id' | 'en',
): Promise<Referral> {
  const row = await answer(context, caller, id, expected, 'referral.accept', async (tx, referral) => {
    if (referral.status !== 'pending') throw new AppError('conflict', 'referral.not_pending');
    if (referral.kind === 'transfer') {
      const admission = await admissionOf(tx, context.registry, referral.toInstitutionId);
      if (!admission.canAdmit) {
        throw new AppError(
          'conflict',
          'referral.target_invalid',
          { reason: admission.reason },
          { reason: admission.reason },
        );
      }
      const [moved] = await tx
        .update(cases)
        .set({
          institutionId: referral.toInstitutionId,
          assignedWorkerId: null,
          updatedAt: new Date(),
          version: sql`${cases.version} + 1`,
        })
        .where(eq(cases.id, referral.caseId))
        .returning();
      if (moved) {
        await recordCaseEvent(tx, moved as CaseRow, {
          action: 'transfer_in',
          reason: referral.fromInstitutionId,
          on: today(context),
          actorId: caller.actor.id,
        });
      }
    }
    return { status: 'accepted', respondedAt: new Date(), respondedBy: caller.actor.id };
  });
  return presentOne(context, row, language);
}

export async function declineReferral(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  reason: string,
  language: 'id' | 'en',
): Promise<Referral> {
  const row = await answer(context, caller, id, expected, 'referral.decline', async (_tx, referral) => {
    if (referral.status !== 'pending') throw new AppError('conflict', 'referral.not_pending');
    return {
      status: 'declined',
      declineReasonCipher: context.cipher.seal(FIELD.decline, reason),
      respondedAt: new Date(),
      respondedBy: caller.actor.id,
    };
  });
  return presentOne(context, row, language);
}

/** Closes the loop: the receiver reports what came of the referral; the sender sees it. */
export async function reportReferralOutcome(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  outcome: string,
  language: 'id' | 'en',
): Promise<Referral> {
  const row = await answer(context, caller, id, expected, 'referral.outcome', async (_tx, referral) => {
    if (referral.status !== 'accepted') throw new AppError('conflict', 'referral.not_accepted');
    return {
      status: 'completed',
      outcomeCipher: context.cipher.seal(FIELD.outcome, outcome),
      outcomeReportedAt: new Date(),
    };
  });
  return presentOne(context, row, language);
}

/** The sender withdraws a referral still waiting for an answer. */
export async function cancelReferral(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  language: 'id' | 'en',
): Promise<Referral> {
  const row = await answer(
    context,
    caller,
    id,
    expected,
    'referral.cancel',
    async (_tx, referral) => {
      if (referral.status !== 'pending') throw new AppError('conflict', 'referral.not_pending');
      return { status: 'cancelled' };
    },
    'sender',
  );
  return presentOne(context, row, language);
}

/**
 * The daily escalation: pending referrals past their deadline are marked escalated, which puts them on the work
 * list of the receiver's supervising Balai/Loka. Returns how many were escalated.
 */
export async function escalateOverdueReferrals(db: Db, day: string, audit: AuditContext): Promise<number> {
  return db.transaction(async (tx) => {
    const escalated = await tx
      .update(referrals)
      .set({ escalatedAt: new Date() })
      .where(and(eq(referrals.status, 'pending'), lt(referrals.dueOn, day), isNull(referrals.escalatedAt)))
      .returning({ id: referrals.id });
    if (escalated.length > 0) {
      await recordAudit(tx, audit, {
        action: 'referral.escalate',
        entityType: 'referral',
        details: { count: escalated.length },
      });
    }
    return escalated.length;
  });
}

/**
 * Where a worker may refer to: every open institution of the registry that can receive a referral (the directory is
 * public information; the person's data only travel with a referral and its consent). Not limited to the caller's
 * scope, which for a worker is their own institution.
 */
export async function listReferralTargets(
  context: ClientDataContext,
  actor: Actor,
  type: InstitutionType | undefined,
): Promise<{ items: { id: string; code: string; name: string; type: InstitutionType; regionCode: string | null }[] }> {
  authorize(actor, 'beneficiaries:write');
  const day = today(context);
  const rows = await context.db
    .select({
      id: institutions.id,
      code: institutions.code,
      name: institutions.name,
      type: institutions.type,
      regionCode: institutions.regionCode,
    })
    .from(institutions)
    .where(
      and(
        ne(institutions.type, 'direktorat'),
        type ? eq(institutions.type, type) : undefined,
        sql`(${institutions.closedOn} IS NULL OR ${institutions.closedOn} > ${day})`,
      ),
    )
    .orderBy(asc(institutions.type), asc(institutions.name))
    .limit(5000);
  return { items: rows };
}
