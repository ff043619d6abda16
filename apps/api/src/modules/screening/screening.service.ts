import { type CreateScreeningInput, type Screening, scoreAssist, whoResponseOf } from '@atensi/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { type CaseRow, cases, caseWithinScope, insertCaseEvents } from '../cases/index.js';
import { editScopeOf, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { type InstrumentSet, publishedRevision } from '../instruments/index.js';
import { type ScreeningRow, screenings } from './screening.table.js';

function present(row: ScreeningRow, caseStatus: string): Screening {
  const responses = Object.fromEntries(
    Object.entries(row.results).map(([substance, result]) => [substance, whoResponseOf(result.risk)]),
  );
  return {
    id: row.id,
    instrument: row.instrument,
    results: row.results,
    routingRisk: row.routingRisk,
    injectingRisk: row.injectingRisk,
    nextStep: row.nextStep,
    responses,
    caseId: row.caseId,
    caseStatus,
    // The revision of the instrument it was scored with (`scoring_version` holds it; 1 for rows made before
    // revisions were stored, whose definition is revision 1).
    instrumentRevision: row.scoringVersion,
    screenedAt: row.screenedAt.toISOString(),
  };
}

/**
 * Scores an ASSIST screening and moves the case along its route: from intake into screening, then to
 * family-based rehabilitation (low risk) or further assessment (moderate or high risk); with no further action
 * the case stays in screening for the worker to close. The screening, the case's moves and the audit event commit
 * together.
 */
export async function submitScreening(
  context: ClientDataContext,
  instruments: InstrumentSet,
  caller: Caller,
  caseId: string,
  input: CreateScreeningInput,
): Promise<Screening> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(context.db, actor, today);
  // Scored with the definition in force, whose stored revision the screening keeps.
  const instrument = await publishedRevision(context.db, 'assist-3.0', instruments['assist-3.0']);
  const result = scoreAssist(input.answers, instrument.definition);
  return context.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), caseWithinScope(scope)))
      .for('update');
    if (!found) throw new AppError('not_found');
    if (!isWithinScope(editScopeOf(actor), found.institutionId)) throw new AppError('forbidden');
    if (found.status !== 'intake' && found.status !== 'screening') {
      throw new AppError('conflict', 'screening.case_status', {}, { status: found.status });
    }
    // The moves along the route, decided first and written together: one insert of the events and one update
    // of the case (a screening is the busiest write of the product: fewer round trips, bench/results, issue 9).
    const moves: { action: string; from: CaseRow['status']; to: CaseRow['status'] }[] = [];
    let status: CaseRow['status'] = found.status;
    const moveTo = (to: CaseRow['status'], action: string) => {
      moves.push({ action, from: status, to });
      status = to;
    };
    if (status === 'intake') moveTo('screening', 'start_screening');
    if (result.nextStep === 'family_based_rehab') moveTo('family_based_rehab', 'route_family_based');
    else if (result.nextStep === 'further_assessment') moveTo('further_assessment', 'route_further_assessment');
    const [row] = await tx
      .insert(screenings)
      .values({
        id: uuidv7(),
        caseId,
        institutionId: found.institutionId,
        instrument: input.instrument,
        scoringVersion: instrument.revision,
        instrumentVersionId: instrument.id,
        answers: input.answers as unknown as Record<string, unknown>,
        results: result.results as Record<string, { score: number; risk: 'low' | 'moderate' | 'high' }>,
        routingRisk: result.routingRisk,
        injectingRisk: result.injectingRisk,
        nextStep: result.nextStep,
        screenedBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('screening insert returned nothing');
    await insertCaseEvents(
      tx,
      // Same transaction, same recorded_at: the history orders them by their keys, one millisecond apart.
      moves.map((move, index) => ({
        id: uuidv7(Date.now() + index),
        caseId,
        action: move.action,
        fromStatus: move.from,
        toStatus: move.to,
        reason: null,
        occurredOn: today,
        actorId: actor.id,
      })),
    );
    await tx
      .update(cases)
      .set({ status, version: found.version + 1, ...(moves.length > 0 ? { updatedAt: new Date() } : {}) })
      .where(eq(cases.id, caseId));
    await recordAudit(tx, caller.audit, {
      action: 'screening.create',
      entityType: 'screening',
      entityId: row.id,
      institutionId: found.institutionId,
      details: {
        caseId,
        routingRisk: result.routingRisk,
        nextStep: result.nextStep,
        instrumentRevision: instrument.revision,
      },
    });
    return present(row, status);
  });
}

/** The screenings of a case, oldest first (audited: they are health data). */
export async function listScreenings(context: ClientDataContext, actor: Actor, caseId: string, audit: AuditContext) {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), caseWithinScope(scope)));
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'screening.read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    const rows = await tx
      .select()
      .from(screenings)
      .where(eq(screenings.caseId, caseId))
      .orderBy(asc(screenings.screenedAt));
    return { items: rows.map((row) => present(row, found.status)) };
  });
}
