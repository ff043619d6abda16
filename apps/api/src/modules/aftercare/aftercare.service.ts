import type { FollowUp, RecordFollowUpInput, VocationalOutcome } from '@atensi/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { type CaseRow, cases, caseWithinScope, recordCaseEvent } from '../cases/index.js';
import { admissionOf, editScopeOf, isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { users } from '../users/index.js';
import { checkOutcomeDates, findVocationalOutcomes, recordVocationalOutcomes } from '../vocational/index.js';
import { caseNotes, type FollowUpRow, followUps } from './aftercare.table.js';

const FIELD = { followUpNote: 'follow_ups.note', caseNote: 'case_notes.body' } as const;

/** The day `months` calendar months after `day` (the last day of a shorter month when needed). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Schedules the aftercare visits of a case, counted from its termination (in the transition's transaction). */
export async function scheduleFollowUps(
  tx: Db,
  caseId: string,
  from: string,
  months: readonly number[],
): Promise<void> {
  for (const monthsAfter of months) {
    await tx
      .insert(followUps)
      .values({ id: uuidv7(), caseId, monthsAfter, dueOn: addMonths(from, monthsAfter) })
      .onConflictDoNothing();
  }
}

function present(context: ClientDataContext, row: FollowUpRow, outcomes: VocationalOutcome[] = []): FollowUp {
  const today = todayInJakarta(context.registry.clock());
  return {
    id: row.id,
    caseId: row.caseId,
    monthsAfter: row.monthsAfter,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    substanceUse: row.substanceUse,
    workOrSchool: row.workOrSchool,
    housing: row.housing,
    familyRelations: row.familyRelations,
    legalProblems: row.legalProblems,
    note: context.cipher.open(FIELD.followUpNote, row.noteCipher),
    vocationalOutcomes: outcomes.filter((outcome) => outcome.followUpId === row.id),
    isOverdue: row.doneOn === null && row.dueOn < today,
    version: row.version,
  };
}

async function visibleCase(context: ClientDataContext, actor: Actor, tx: Db, caseId: string): Promise<CaseRow> {
  const scope = await scopeOf(tx, actor, todayInJakarta(context.registry.clock()));
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), caseWithinScope(scope)));
  if (!row) throw new AppError('not_found');
  return row;
}

export async function listFollowUps(context: ClientDataContext, actor: Actor, caseId: string, audit: AuditContext) {
  authorize(actor, 'beneficiaries:read');
  const rows = await context.db.transaction(async (tx) => {
    const found = await visibleCase(context, actor, tx, caseId);
    await recordAudit(tx, audit, {
      action: 'follow_up.read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    const visits = await tx.select().from(followUps).where(eq(followUps.caseId, caseId)).orderBy(asc(followUps.dueOn));
    return { visits, outcomes: await findVocationalOutcomes(tx, context.cipher, [caseId]) };
  });
  return { items: rows.visits.map((row) => present(context, row, rows.outcomes)) };
}

/**
 * Records an aftercare visit (If-Match). A relapse closes this episode and opens a new one for the person at the
 * same institution, linked to it, when the institution may still admit; the answer names the new case.
 */
export async function recordFollowUp(
  context: ClientDataContext,
  caller: Caller,
  followUpId: string,
  expected: number,
  input: RecordFollowUpInput,
): Promise<{ followUp: FollowUp; newCaseId: string | null }> {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  const today = todayInJakarta(context.registry.clock());
  if (input.doneOn > today) throw invalidField('body.doneOn', 'period.invalid');
  const relapse = input.substanceUse === 'relapse';
  return context.db.transaction(async (tx) => {
    const [current] = await tx.select().from(followUps).where(eq(followUps.id, followUpId)).for('update');
    if (!current) throw new AppError('not_found');
    const episode = await visibleCase(context, actor, tx, current.caseId);
    if (!isWithinScope(editScopeOf(actor), episode.institutionId)) throw new AppError('forbidden');
    if (current.doneOn !== null) throw new AppError('conflict', 'followup.already_recorded');
    if (episode.status !== 'aftercare') throw new AppError('conflict', 'followup.case_not_in_aftercare');
    checkOutcomeDates(
      input.vocationalOutcomes ?? [],
      { from: todayInJakarta(episode.openedAt), to: input.doneOn },
      'body.vocationalOutcomes',
    );
    const updated = await updateVersioned(tx, followUps, eq(followUps.id, followUpId), expected, {
      doneOn: input.doneOn,
      substanceUse: input.substanceUse,
      workOrSchool: input.workOrSchool,
      housing: input.housing,
      familyRelations: input.familyRelations,
      legalProblems: input.legalProblems,
      noteCipher: context.cipher.seal(FIELD.followUpNote, input.note),
      recordedBy: actor.id,
      recordedAt: new Date(),
    });
    await recordVocationalOutcomes(tx, context.cipher, {
      caseId: episode.id,
      stage: 'aftercare',
      followUpId,
      actorId: actor.id,
      outcomes: input.vocationalOutcomes ?? [],
    });
    let newCaseId: string | null = null;
    if (relapse) {
      await tx.update(cases).set({ status: 'closed', updatedAt: new Date() }).where(eq(cases.id, episode.id));
      await recordCaseEvent(
        tx,
        { id: episode.id, status: 'closed' },
        { action: 'close_relapse', reason: 'relapsed', on: input.doneOn, actorId: actor.id },
      );
      const admission = await admissionOf(tx, context.registry, episode.institutionId);
      if (admission.canAdmit) {
        newCaseId = uuidv7();
        await tx.insert(cases).values({
          id: newCaseId,
          beneficiaryId: episode.beneficiaryId,
          institutionId: episode.institutionId,
          status: 'intake',
          intakeSource: 'institution',
          assignedWorkerId: episode.assignedWorkerId,
          openedBy: actor.id,
          previousCaseId: episode.id,
        });
        await recordCaseEvent(
          tx,
          { id: newCaseId, status: 'intake' },
          { action: 'open', reason: 'relapse', on: input.doneOn, actorId: actor.id },
        );
      }
    }
    await recordAudit(tx, caller.audit, {
      action: 'follow_up.record',
      entityType: 'case',
      entityId: episode.id,
      institutionId: episode.institutionId,
      changedFields: Object.keys(input).sort(),
      details: {
        monthsAfter: current.monthsAfter,
        relapse,
        newCaseId,
        vocationalOutcomes: input.vocationalOutcomes?.length ?? 0,
      },
    });
    const outcomes = await findVocationalOutcomes(tx, context.cipher, [episode.id]);
    return { followUp: present(context, updated, outcomes), newCaseId };
  });
}

/** Case notes: confidential free text, sealed at rest; reading them is audited. */
export async function listCaseNotes(context: ClientDataContext, actor: Actor, caseId: string, audit: AuditContext) {
  authorize(actor, 'beneficiaries:read');
  const rows = await context.db.transaction(async (tx) => {
    const found = await visibleCase(context, actor, tx, caseId);
    await recordAudit(tx, audit, {
      action: 'case.notes_read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    return tx
      .select({ note: caseNotes, authorName: users.displayName })
      .from(caseNotes)
      .leftJoin(users, eq(users.id, caseNotes.authorId))
      .where(eq(caseNotes.caseId, caseId))
      .orderBy(asc(caseNotes.createdAt));
  });
  return {
    items: rows.map(({ note, authorName }) => ({
      id: note.id,
      body: context.cipher.open(FIELD.caseNote, note.bodyCipher) ?? '',
      authorId: note.authorId,
      authorName,
      createdAt: note.createdAt.toISOString(),
    })),
  };
}

export async function addCaseNote(context: ClientDataContext, caller: Caller, caseId: string, body: string) {
  const { actor } = caller;
  authorize(actor, 'beneficiaries:write');
  return context.db.transaction(async (tx) => {
    const found = await visibleCase(context, actor, tx, caseId);
    if (!isWithinScope(editScopeOf(actor), found.institutionId)) throw new AppError('forbidden');
    const id = uuidv7();
    const createdAt = new Date();
    await tx.insert(caseNotes).values({
      id,
      caseId,
      bodyCipher: context.cipher.seal(FIELD.caseNote, body) ?? '',
      authorId: actor.id,
      createdAt,
    });
    await recordAudit(tx, caller.audit, {
      action: 'case.note_add',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    return { id, body, authorId: actor.id, authorName: actor.displayName, createdAt: createdAt.toISOString() };
  });
}
