import {
  type Case,
  type CaseList,
  type CaseListQuery,
  type CaseTransitionInput,
  type CreateCaseInput,
  MANUAL_CASE_ACTIONS,
} from '@atensi/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { scheduleFollowUps } from '../aftercare/index.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext, findBeneficiary } from '../beneficiaries/index.js';
import {
  admissionOf,
  editScopeOf,
  findInstitutionsByIds,
  isWithinScope,
  scopeOf,
  todayInJakarta,
} from '../institutions/index.js';
import { findUserById, users } from '../users/index.js';
import { checkOutcomeDates, recordVocationalOutcomes } from '../vocational/index.js';
import { allowedActions, apply, type CaseFacts, factsOfCase, transition } from './case-status.js';
import {
  findActiveCase,
  findCase,
  findCaseEvents,
  findLastCase,
  insertCase,
  insertCaseEvent,
  listCases,
  lockCase,
  nextReportCardNumber,
} from './cases.repository.js';
import { type CaseRow, cases } from './cases.table.js';

const NOTE_FIELD = 'case_events.note';

function factsOf(row: CaseRow): CaseFacts {
  return factsOfCase(row);
}

async function present(context: ClientDataContext, actor: Actor, row: CaseRow): Promise<Case> {
  const [events, [institution], [person]] = await Promise.all([
    findCaseEvents(context.db, row.id),
    findInstitutionsByIds(context.db, [row.institutionId]),
    context.db
      .select({ fullName: beneficiaries.fullName })
      .from(beneficiaries)
      .where(eq(beneficiaries.id, row.beneficiaryId)),
  ]);
  const userIds = [
    ...new Set(
      [row.assignedWorkerId, ...events.map((event) => event.actorId)].filter((id): id is string => id !== null),
    ),
  ];
  const names = new Map(
    userIds.length === 0
      ? []
      : (
          await context.db
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, userIds))
        ).map((user) => [user.id, user.name] as const),
  );
  const mayAct = isWithinScope(editScopeOf(actor), row.institutionId) && actor.role !== 'direktorat';
  return {
    id: row.id,
    beneficiaryId: row.beneficiaryId,
    beneficiaryName: person?.fullName ?? '',
    institutionId: row.institutionId,
    institutionName: institution?.name ?? '',
    status: row.status,
    intakeSource: row.intakeSource,
    assignedWorkerId: row.assignedWorkerId,
    assignedWorkerName: row.assignedWorkerId ? (names.get(row.assignedWorkerId) ?? null) : null,
    openedAt: row.openedAt.toISOString(),
    report:
      row.reportReporter && row.reportReportedOn && row.reportCardNumber
        ? { reporter: row.reportReporter, reportedOn: row.reportReportedOn, cardNumber: row.reportCardNumber }
        : null,
    assessmentCompleted: row.assessmentCompleted,
    terminationReason: row.terminationReason,
    terminatedOn: row.terminatedOn,
    previousCaseId: row.previousCaseId,
    activePlanId: row.activePlanId,
    allowedActions: mayAct ? allowedActions(factsOf(row), MANUAL_CASE_ACTIONS) : [],
    history: events.map((event) => ({
      id: event.id,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      occurredOn: event.occurredOn,
      actorId: event.actorId,
      actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
      recordedAt: event.recordedAt.toISOString(),
    })),
    version: row.version,
  };
}

/**
 * Opens an episode for a person at an institution (the caller's by default). The institution must be able to admit
 * (an IPWL with a current certification); a person has one running episode at a time; a self or family report
 * gets its kartu lapor diri number; an earlier episode of the person is linked (a relapse).
 */
export async function openCase(
  context: ClientDataContext,
  caller: Caller,
  beneficiaryId: string,
  input: CreateCaseInput,
): Promise<Case> {
  const { db } = context;
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(db, actor, today);
  const institutionId = input.institutionId ?? actor.institutionId;
  if (!institutionId) throw invalidField('body.institutionId', 'case.institution_not_found');
  if (!isWithinScope(scope, institutionId)) throw invalidField('body.institutionId', 'case.institution_not_found');
  if (!isWithinScope(editScopeOf(actor), institutionId)) throw new AppError('forbidden');
  const admission = await admissionOf(db, context.registry, institutionId);
  if (!admission.canAdmit) {
    throw new AppError(
      'conflict',
      'institution.cannot_admit',
      { reason: admission.reason },
      { reason: admission.reason },
    );
  }
  if (input.report && input.report.reportedOn > today)
    throw invalidField('body.report.reportedOn', 'case.report_date_invalid');
  const assignedWorkerId = input.assignedWorkerId ?? (actor.role === 'pendamping' ? actor.id : null);
  if (input.assignedWorkerId) {
    const worker = await findUserById(db, input.assignedWorkerId);
    if (worker?.status !== 'active' || worker.institutionId !== institutionId) {
      throw invalidField('body.assignedWorkerId', 'case.worker_not_found');
    }
  }
  const [institution] = await findInstitutionsByIds(db, [institutionId]);
  const row = await db.transaction(async (tx) => {
    const beneficiary = await findBeneficiary(tx, scope, beneficiaryId);
    if (!beneficiary) throw new AppError('not_found');
    if (await findActiveCase(tx, beneficiaryId)) throw new AppError('conflict', 'case.active_exists');
    const previous = await findLastCase(tx, beneficiaryId);
    let cardNumber: string | null = null;
    if (input.report) {
      const year = Number(input.report.reportedOn.slice(0, 4));
      const sequence = await nextReportCardNumber(tx, institutionId, year);
      cardNumber = `KLD/${institution?.code ?? 'X'}/${year}/${String(sequence).padStart(5, '0')}`;
    }
    const created = await insertCase(tx, {
      id: uuidv7(),
      beneficiaryId,
      institutionId,
      status: 'intake',
      intakeSource: input.intakeSource,
      assignedWorkerId,
      openedBy: actor.id,
      reportReporter: input.report?.reporter ?? null,
      reportReportedOn: input.report?.reportedOn ?? null,
      reportCardNumber: cardNumber,
      previousCaseId: previous?.id ?? null,
    });
    // Two openings at the same moment: the partial unique index keeps one running episode.
    if (!created) throw new AppError('conflict', 'case.active_exists');
    await insertCaseEvent(tx, {
      id: uuidv7(),
      caseId: created.id,
      action: 'open',
      fromStatus: null,
      toStatus: 'intake',
      reason: input.intakeSource,
      occurredOn: today,
      actorId: actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'case.create',
      entityType: 'case',
      entityId: created.id,
      institutionId,
      details: { beneficiaryId, intakeSource: input.intakeSource, report: cardNumber !== null },
    });
    return created;
  });
  return present(context, actor, row);
}

/** One case, audited as a read in the same transaction; outside scope it does not exist. */
export async function readCase(
  context: ClientDataContext,
  actor: Actor,
  id: string,
  audit: AuditContext,
): Promise<Case> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  const row = await context.db.transaction(async (tx) => {
    const found = await findCase(tx, scope, id);
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'case.read',
      entityType: 'case',
      entityId: id,
      institutionId: found.institutionId,
    });
    return found;
  });
  return present(context, actor, row);
}

/**
 * Moves a case by one manual action (If-Match). The state machine decides; a refusal is a conflict naming why.
 * Termination needs a reason and the day it happened.
 */
export async function moveCase(
  context: ClientDataContext,
  caller: Caller,
  id: string,
  expected: number,
  input: CaseTransitionInput,
): Promise<Case> {
  const { db, cipher } = context;
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  if (!MANUAL_CASE_ACTIONS.includes(input.action)) {
    throw invalidField('body.action', 'case.action_not_manual', { action: input.action });
  }
  if (input.action === 'terminate') {
    if (!input.reason) throw invalidField('body.reason', 'case.termination_reason_required');
    if (!input.on) throw invalidField('body.on', 'case.termination_reason_required');
  } else if (input.vocationalOutcomes && input.vocationalOutcomes.length > 0) {
    throw invalidField('body.vocationalOutcomes', 'vocational.termination_only');
  }
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(db, actor, today);
  const row = await db.transaction(async (tx) => {
    const current = await lockCase(tx, scope, id);
    if (!current) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), current.institutionId)) throw new AppError('forbidden');
    const openedOn = todayInJakarta(current.openedAt);
    if (input.on && (input.on > today || input.on < openedOn)) {
      throw invalidField('body.on', 'case.date_invalid', { since: openedOn });
    }
    checkOutcomeDates(input.vocationalOutcomes ?? [], { from: openedOn, to: today }, 'body.vocationalOutcomes');
    const result = transition(factsOf(current), { action: input.action, reason: input.reason });
    if (!result.ok) {
      const params = { action: input.action, status: current.status, reason: current.terminationReason };
      throw new AppError('conflict', result.refusal, params, { refusal: result.refusal, status: current.status });
    }
    const facts = apply(factsOf(current), { action: input.action, reason: input.reason }, result.to);
    const updated = await updateVersioned(tx, cases, eq(cases.id, id), expected, {
      status: facts.status,
      terminationReason: facts.terminationReason,
      ...(input.action === 'terminate' ? { terminatedOn: input.on ?? today } : {}),
      updatedAt: new Date(),
    });
    if (input.action === 'start_aftercare') {
      await scheduleFollowUps(tx, id, current.terminatedOn ?? today, context.care.aftercareMonths);
    }
    // Vocational outcomes reached by the end of the programme (component 5), with the termination.
    await recordVocationalOutcomes(tx, cipher, {
      caseId: id,
      stage: 'termination',
      followUpId: null,
      actorId: actor.id,
      outcomes: input.vocationalOutcomes ?? [],
    });
    await insertCaseEvent(tx, {
      id: uuidv7(),
      caseId: id,
      action: input.action,
      fromStatus: current.status,
      toStatus: facts.status,
      reason: input.reason ?? null,
      noteCipher: cipher.seal(NOTE_FIELD, input.note),
      occurredOn: input.on ?? today,
      actorId: actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: `case.${input.action}`,
      entityType: 'case',
      entityId: id,
      institutionId: current.institutionId,
      changedFields: ['status', ...(input.action === 'terminate' ? ['terminationReason', 'terminatedOn'] : [])],
      details: { from: current.status, to: facts.status, vocationalOutcomes: input.vocationalOutcomes?.length ?? 0 },
    });
    return updated;
  });
  return present(context, actor, row);
}

/** Cases in scope (or assigned to the caller), newest activity first; listing names is audited. */
export async function findCases(
  context: ClientDataContext,
  actor: Actor,
  query: CaseListQuery,
  audit: AuditContext,
): Promise<CaseList> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const { rows, total } = await listCases(tx, scope, query, actor.id);
    await recordAudit(tx, audit, {
      action: 'case.list',
      entityType: 'case',
      details: { count: rows.length, mine: query.mine },
    });
    return {
      items: rows.map((row) => ({
        ...row,
        openedAt: row.openedAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  });
}
