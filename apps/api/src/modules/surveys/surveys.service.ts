import type {
  CreateSurveyInput,
  ImportResponsesInput,
  ImportResult,
  Survey,
  SurveyResponseInput,
  UpdateSurveyInput,
} from '@atensi/contracts';
import { normaliseRegionCode } from '@atensi/contracts';
import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import type { ActivitiesContext } from '../activities/index.js';
import { recordAudit } from '../audit/index.js';
import { findRegionsByCodes } from '../regions/index.js';
import { parseResponsesCsv, type SurveyShape } from './survey-csv.js';
import {
  type SurveyRow,
  surveyAnswers,
  surveyOptions,
  surveyQuestions,
  surveyResponses,
  surveys,
} from './surveys.table.js';

export async function surveyShape(db: Db, surveyId: string): Promise<Survey['questions']> {
  const questions = await db
    .select()
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, surveyId))
    .orderBy(asc(surveyQuestions.position));
  const options =
    questions.length === 0
      ? []
      : await db
          .select()
          .from(surveyOptions)
          .where(
            inArray(
              surveyOptions.questionId,
              questions.map((question) => question.id),
            ),
          )
          .orderBy(asc(surveyOptions.position));
  return questions.map((question) => ({
    id: question.id,
    code: question.code,
    text: question.text,
    kind: question.kind,
    options: options
      .filter((option) => option.questionId === question.id)
      .map((option) => ({ id: option.id, code: option.code, label: option.label })),
  }));
}

async function present(db: Db, row: SurveyRow): Promise<Survey> {
  const [questions, [responses]] = await Promise.all([
    surveyShape(db, row.id),
    db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, row.id)),
  ]);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    fieldworkFrom: row.fieldworkFrom,
    fieldworkTo: row.fieldworkTo,
    questions,
    responses: Number(responses?.n ?? 0),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export async function findSurvey(db: Db, id: string): Promise<SurveyRow> {
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  if (!row) throw new AppError('not_found');
  return row;
}

export async function listSurveys(context: ActivitiesContext, actor: Actor): Promise<{ items: Survey[] }> {
  authorize(actor, 'surveys:read');
  const rows = await context.db.select().from(surveys).orderBy(desc(surveys.createdAt)).limit(500);
  return { items: await Promise.all(rows.map((row) => present(context.db, row))) };
}

export async function getSurvey(context: ActivitiesContext, actor: Actor, id: string): Promise<Survey> {
  authorize(actor, 'surveys:read');
  return present(context.db, await findSurvey(context.db, id));
}

function checkQuestions(questions: CreateSurveyInput['questions']): void {
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (seen.has(question.code))
      throw invalidField(`body.questions.${index}.code`, 'survey.duplicate_code', { code: question.code });
    seen.add(question.code);
    const options = new Set<string>();
    question.options.forEach((option, optionIndex) => {
      if (options.has(option.code))
        throw invalidField(`body.questions.${index}.options.${optionIndex}.code`, 'survey.duplicate_code', {
          code: option.code,
        });
      options.add(option.code);
    });
  });
}

async function insertQuestions(tx: Db, surveyId: string, questions: CreateSurveyInput['questions']): Promise<void> {
  for (const [position, question] of questions.entries()) {
    const questionId = uuidv7();
    await tx
      .insert(surveyQuestions)
      .values({ id: questionId, surveyId, position, code: question.code, text: question.text, kind: question.kind });
    await tx.insert(surveyOptions).values(
      question.options.map((option, optionPosition) => ({
        id: uuidv7(),
        questionId,
        position: optionPosition,
        code: option.code,
        label: option.label,
      })),
    );
  }
}

/** Defines a survey with its questions and options (a draft until opened for responses). */
export async function createSurvey(
  context: ActivitiesContext,
  caller: Caller,
  input: CreateSurveyInput,
): Promise<Survey> {
  authorize(caller.actor, 'surveys:manage');
  checkQuestions(input.questions);
  if (input.fieldworkFrom && input.fieldworkTo && input.fieldworkTo < input.fieldworkFrom)
    throw invalidField('body.fieldworkTo', 'survey.period_order');
  const row = await context.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(surveys)
      .values({
        id: uuidv7(),
        title: input.title,
        description: input.description ?? null,
        fieldworkFrom: input.fieldworkFrom ?? null,
        fieldworkTo: input.fieldworkTo ?? null,
        createdBy: caller.actor.id,
      })
      .returning();
    if (!created) throw new Error('survey insert returned nothing');
    await insertQuestions(tx, created.id, input.questions);
    await recordAudit(tx, caller.audit, {
      action: 'survey.create',
      entityType: 'survey',
      entityId: created.id,
      details: { questions: input.questions.length },
    });
    return created;
  });
  return present(context.db, row);
}

/** Edits a survey (If-Match); its questions only while it has no responses. Opening it lets responses in. */
export async function updateSurvey(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  expected: number,
  input: UpdateSurveyInput,
): Promise<Survey> {
  authorize(caller.actor, 'surveys:manage');
  if (input.questions) checkQuestions(input.questions);
  const row = await context.db.transaction(async (tx) => {
    const [current] = await tx.select().from(surveys).where(eq(surveys.id, id)).for('update');
    if (!current) throw new AppError('not_found');
    const from = input.fieldworkFrom === undefined ? current.fieldworkFrom : input.fieldworkFrom;
    const to = input.fieldworkTo === undefined ? current.fieldworkTo : input.fieldworkTo;
    if (from && to && to < from) throw invalidField('body.fieldworkTo', 'survey.period_order');
    const { questions, ...fields } = input;
    const updated = await updateVersioned(tx, surveys, eq(surveys.id, id), expected, {
      ...fields,
      updatedAt: new Date(),
    });
    if (questions) {
      const [answered] = await tx.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, id));
      if (Number(answered?.n ?? 0) > 0)
        throw new AppError('conflict', 'survey.questions_locked', {}, { reason: 'has_responses' });
      const old = await tx
        .select({ id: surveyQuestions.id })
        .from(surveyQuestions)
        .where(eq(surveyQuestions.surveyId, id));
      if (old.length > 0) {
        await tx.delete(surveyOptions).where(
          inArray(
            surveyOptions.questionId,
            old.map((question) => question.id),
          ),
        );
        await tx.delete(surveyQuestions).where(eq(surveyQuestions.surveyId, id));
      }
      await insertQuestions(tx, id, questions);
    }
    await recordAudit(tx, caller.audit, {
      action: 'survey.update',
      entityType: 'survey',
      entityId: id,
      changedFields: Object.keys(input),
      details: input.status ? { status: input.status } : {},
    });
    return updated;
  });
  return present(context.db, row);
}

async function openSurveyShape(tx: Db, id: string): Promise<SurveyShape> {
  const [current] = await tx.select().from(surveys).where(eq(surveys.id, id)).for('update');
  if (!current) throw new AppError('not_found');
  if (current.status !== 'open') throw new AppError('conflict', 'survey.not_open', {}, { reason: 'not_open' });
  return { questions: await surveyShape(tx, id) };
}

async function insertResponses(
  tx: Db,
  surveyId: string,
  caller: Caller,
  source: 'form' | 'csv',
  responses: {
    regionCode: string;
    ageGroup: SurveyResponseInput['ageGroup'];
    sex: 'M' | 'F';
    answers: { questionId: string; optionId: string }[];
  }[],
): Promise<void> {
  const importId = source === 'csv' ? uuidv7() : null;
  for (let start = 0; start < responses.length; start += 500) {
    const batch = responses.slice(start, start + 500).map((response) => ({ ...response, id: uuidv7() }));
    await tx.insert(surveyResponses).values(
      batch.map((response) => ({
        id: response.id,
        surveyId,
        regionCode: response.regionCode,
        ageGroup: response.ageGroup,
        sex: response.sex,
        source,
        importId,
        createdBy: caller.actor.id,
      })),
    );
    const answers = batch.flatMap((response) =>
      response.answers.map((answer) => ({ responseId: response.id, ...answer })),
    );
    if (answers.length > 0) await tx.insert(surveyAnswers).values(answers);
  }
}

/** Enters one respondent's answers (by question and option codes) into an open survey. */
export async function addResponse(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  input: SurveyResponseInput,
): Promise<Survey> {
  authorize(caller.actor, 'surveys:manage');
  await context.db.transaction(async (tx) => {
    const shape = await openSurveyShape(tx, id);
    const regionCode = normaliseRegionCode(input.regionCode);
    if ((await findRegionsByCodes(tx, [regionCode])).length === 0)
      throw invalidField('body.regionCode', 'institution.region_not_found', { code: regionCode });
    const answers: { questionId: string; optionId: string }[] = [];
    for (const [code, value] of Object.entries(input.answers)) {
      const question = shape.questions.find((candidate) => candidate.code === code);
      if (!question) throw invalidField(`body.answers.${code}`, 'survey.question_unknown', { code });
      const codes = Array.isArray(value) ? value : [value];
      if (question.kind === 'single' && codes.length !== 1)
        throw invalidField(`body.answers.${code}`, 'survey.single_choice');
      for (const optionCode of new Set(codes)) {
        const option = question.options.find((candidate) => candidate.code === optionCode);
        if (!option) throw invalidField(`body.answers.${code}`, 'survey.option_unknown', { code: optionCode });
        answers.push({ questionId: question.id, optionId: option.id });
      }
    }
    if (answers.length === 0) throw invalidField('body.answers', 'survey.answer_required');
    await insertResponses(tx, id, caller, 'form', [{ regionCode, ageGroup: input.ageGroup, sex: input.sex, answers }]);
    await recordAudit(tx, caller.audit, { action: 'survey.response', entityType: 'survey', entityId: id });
  });
  return getSurvey(context, caller.actor, id);
}

/**
 * Imports responses from CSV, all or nothing: any bad row (with its row number and column) refuses the whole file,
 * so a re-upload after fixing it never duplicates the good rows. `dryRun` checks without saving.
 */
export async function importResponses(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  input: ImportResponsesInput,
): Promise<ImportResult> {
  authorize(caller.actor, 'surveys:manage');
  return context.db.transaction(async (tx) => {
    const shape = await openSurveyShape(tx, id);
    const { rows, errors, headerError } = parseResponsesCsv(input.csv, shape);
    if (headerError) throw invalidField('body.csv', headerError.messageKey, headerError.params);
    const codes = [...new Set(rows.map((row) => row.regionCode))];
    const known = new Set((await findRegionsByCodes(tx, codes)).map((region) => region.code));
    for (const row of rows) {
      if (!known.has(row.regionCode))
        errors.push({
          row: row.line,
          column: 'region_code',
          messageKey: 'survey.csv_region',
          params: { value: row.regionCode },
        });
    }
    if (errors.length > 0) {
      errors.sort((a, b) => a.row - b.row);
      throw new AppError(
        'invalid',
        'survey.import_failed',
        { count: new Set(errors.map((error) => error.row)).size },
        errors.slice(0, 200).map((error) => ({
          path: `body.csv.${error.row}${error.column ? `.${error.column}` : ''}`,
          row: error.row,
          column: error.column,
          messageKey: error.messageKey,
          params: error.params,
        })),
      );
    }
    if (!input.dryRun) {
      await insertResponses(tx, id, caller, 'csv', rows);
      await recordAudit(tx, caller.audit, {
        action: 'survey.import',
        entityType: 'survey',
        entityId: id,
        details: { rows: rows.length },
      });
    }
    return { rows: rows.length, imported: input.dryRun ? 0 : rows.length, dryRun: input.dryRun };
  });
}
