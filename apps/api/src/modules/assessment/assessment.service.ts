import { type Assessment, type AssessmentDefinition, type AssessmentInput, AtensiComponent } from '@atensi/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { type CaseRow, cases, caseWithinScope, factsOfCase, recordCaseEvent, transition } from '../cases/index.js';
import { editScopeOf, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { findRevisionById, type InstrumentSet, publishedRevision } from '../instruments/index.js';
import { type AssessmentRow, assessments } from './assessment.table.js';

const NOTES_FIELD = 'assessments.notes';

type Notes = { domains: Record<string, string>; needs: Record<string, string>; justification: string | null };

/** What completion requires: every domain of the instrument rated, a stage of change and a recommendation. */
export function missingForCompletion(
  row: Pick<AssessmentRow, 'ratings' | 'stageOfChange' | 'medicalRehab' | 'socialSetting'>,
  justification: string | null,
  definition: AssessmentDefinition,
): string[] {
  const missing = definition.domains
    .map((domain) => domain.key)
    .filter((domain) => row.ratings[domain] === undefined)
    .map((domain) => `domains.${domain}`);
  if (!row.stageOfChange) missing.push('stageOfChange');
  if (!row.medicalRehab || !row.socialSetting || !justification) missing.push('recommendation');
  return missing;
}

/** The revision an assessment was made with: its own, or for a draft not yet saved, the one in force. */
async function revisionOf(db: Db, row: AssessmentRow | undefined, current: number): Promise<number> {
  if (!row) return current;
  // Drafts saved before revisions were stored were made with revision 1.
  if (!row.instrumentVersionId) return 1;
  return (await findRevisionById(db, row.instrumentVersionId))?.revision ?? 1;
}

function present(
  context: ClientDataContext,
  caseId: string,
  row: AssessmentRow | undefined,
  instrumentRevision: number,
): Assessment {
  const notes: Notes = row?.notesCipher
    ? (JSON.parse(context.cipher.open(NOTES_FIELD, row.notesCipher) ?? '{}') as Notes)
    : { domains: {}, needs: {}, justification: null };
  const needs = row?.needs ?? {};
  return {
    caseId,
    status: row?.status ?? 'draft',
    domains: Object.fromEntries(
      Object.entries(row?.ratings ?? {}).map(([domain, rating]) => [
        domain,
        { rating, note: notes.domains[domain] ?? null },
      ]),
    ),
    urineTest: row?.urineTest ?? null,
    needs: Object.fromEntries(
      Object.entries(needs).map(([component, need]) => [component, { need, note: notes.needs[component] ?? null }]),
    ),
    stageOfChange: row?.stageOfChange ?? null,
    recommendation:
      row?.medicalRehab && row.socialSetting
        ? { medicalRehab: row.medicalRehab, socialSetting: row.socialSetting, justification: notes.justification ?? '' }
        : null,
    // In the order of the seven components, whatever order the database keeps the keys in.
    recommendedComponents: AtensiComponent.options.filter(
      (component) => needs[component] !== undefined && needs[component] !== 'none',
    ),
    instrumentRevision,
    completedAt: row?.completedAt?.toISOString() ?? null,
    updatedAt: (row?.updatedAt ?? new Date(0)).toISOString(),
    version: row?.version ?? 0,
  };
}

async function lockCase(
  context: ClientDataContext,
  actor: Actor,
  tx: Db,
  caseId: string,
  write: boolean,
): Promise<CaseRow> {
  const scope = await scopeOf(tx, actor, todayInJakarta(context.registry.clock()));
  const query = tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), caseWithinScope(scope)));
  const [found] = write ? await query.for('update') : await query;
  if (!found) throw new AppError('not_found');
  if (write && !isWithinScope(editScopeOf(actor), found.institutionId)) throw new AppError('forbidden');
  return found;
}

export async function readAssessment(
  context: ClientDataContext,
  instruments: InstrumentSet,
  actor: Actor,
  caseId: string,
  audit: AuditContext,
): Promise<Assessment> {
  authorize(actor, 'beneficiaries:read');
  const instrument = await publishedRevision(context.db, 'asesmen-lanjut-1', instruments['asesmen-lanjut-1']);
  return context.db.transaction(async (tx) => {
    const found = await lockCase(context, actor, tx, caseId, false);
    await recordAudit(tx, audit, {
      action: 'assessment.read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    const [row] = await tx.select().from(assessments).where(eq(assessments.caseId, caseId));
    return present(context, caseId, row, await revisionOf(tx, row, instrument.revision));
  });
}

/** Saves the further assessment as a draft (a case in further assessment only); a completed one is final. */
export async function saveAssessment(
  context: ClientDataContext,
  instruments: InstrumentSet,
  caller: Caller,
  caseId: string,
  input: AssessmentInput,
): Promise<Assessment> {
  authorize(caller.actor, 'beneficiaries:write');
  // A draft follows the instrument in force until it is completed; then its revision is final.
  const instrument = await publishedRevision(context.db, 'asesmen-lanjut-1', instruments['asesmen-lanjut-1']);
  return context.db.transaction(async (tx) => {
    const found = await lockCase(context, caller.actor, tx, caseId, true);
    if (found.status !== 'further_assessment') throw new AppError('conflict', 'assessment.case_status');
    const [current] = await tx.select().from(assessments).where(eq(assessments.caseId, caseId));
    if (current?.status === 'completed') throw new AppError('conflict', 'assessment.completed');
    const notes: Notes = {
      domains: Object.fromEntries(
        Object.entries(input.domains).flatMap(([key, value]) => (value?.note ? [[key, value.note]] : [])),
      ),
      needs: Object.fromEntries(
        Object.entries(input.needs).flatMap(([key, value]) => (value?.note ? [[key, value.note]] : [])),
      ),
      justification: input.recommendation?.justification ?? null,
    };
    const values = {
      status: 'draft' as const,
      ratings: Object.fromEntries(Object.entries(input.domains).map(([key, value]) => [key, value?.rating])),
      urineTest: input.urineTest ?? null,
      needs: Object.fromEntries(Object.entries(input.needs).map(([key, value]) => [key, value?.need])),
      stageOfChange: input.stageOfChange ?? null,
      medicalRehab: input.recommendation?.medicalRehab ?? null,
      socialSetting: input.recommendation?.socialSetting ?? null,
      notesCipher: context.cipher.seal(NOTES_FIELD, JSON.stringify(notes)),
      instrumentVersionId: instrument.id,
      updatedAt: new Date(),
      updatedBy: caller.actor.id,
    };
    const [row] = await tx
      .insert(assessments)
      .values({ caseId, ...values })
      .onConflictDoUpdate({ target: assessments.caseId, set: { ...values, version: sql`${assessments.version} + 1` } })
      .returning();
    await recordAudit(tx, caller.audit, {
      action: 'assessment.save',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
      changedFields: Object.keys(input).sort(),
    });
    return present(context, caseId, row, instrument.revision);
  });
}

/**
 * Completes the further assessment: everything needed must be there; the case may then be planned and moves to
 * planning at once (the plan starts from the components with some or high need).
 */
export async function completeAssessment(
  context: ClientDataContext,
  instruments: InstrumentSet,
  caller: Caller,
  caseId: string,
): Promise<Assessment> {
  authorize(caller.actor, 'beneficiaries:write');
  const instrument = await publishedRevision(context.db, 'asesmen-lanjut-1', instruments['asesmen-lanjut-1']);
  const today = todayInJakarta(context.registry.clock());
  return context.db.transaction(async (tx) => {
    const found = await lockCase(context, caller.actor, tx, caseId, true);
    const [current] = await tx.select().from(assessments).where(eq(assessments.caseId, caseId)).for('update');
    if (!current) throw new AppError('conflict', 'assessment.incomplete', { missing: 'all' }, { missing: ['all'] });
    if (current.status === 'completed') throw new AppError('conflict', 'assessment.completed');
    const notes = JSON.parse(context.cipher.open(NOTES_FIELD, current.notesCipher) ?? '{}') as Notes;
    const missing = missingForCompletion(current, notes.justification, instrument.definition);
    if (missing.length > 0)
      throw new AppError('conflict', 'assessment.incomplete', { missing: missing.join(', ') }, { missing });
    const next = transition({ ...factsOfCase(found), assessmentCompleted: true }, { action: 'approve_plan' });
    if (!next.ok) throw new AppError('conflict', next.refusal);
    const [row] = await tx
      .update(assessments)
      .set({
        status: 'completed',
        completedAt: new Date(),
        completedBy: caller.actor.id,
        version: sql`${assessments.version} + 1`,
      })
      .where(eq(assessments.caseId, caseId))
      .returning();
    await tx
      .update(cases)
      .set({ assessmentCompleted: true, status: next.to, updatedAt: new Date(), version: sql`${cases.version} + 1` })
      .where(eq(cases.id, caseId));
    await recordCaseEvent(
      tx,
      { id: caseId, status: next.to },
      { action: 'approve_plan', reason: 'assessment_completed', on: today, actorId: caller.actor.id },
    );
    await recordAudit(tx, caller.audit, {
      action: 'assessment.complete',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
      details: { medicalRehab: current.medicalRehab, socialSetting: current.socialSetting },
    });
    return present(context, caseId, row, await revisionOf(tx, row, instrument.revision));
  });
}
