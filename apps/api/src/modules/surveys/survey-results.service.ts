import type { Breakdown, ShareTable, SurveyResults, SurveyResultsQuery } from '@atensi/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { AppError } from '../../platform/http/app-error.js';
import type { ActivitiesContext } from '../activities/index.js';
import { findRegionsByCodes } from '../regions/index.js';
import { shareTable } from './survey-stats.js';
import { findSurvey, surveyShape } from './surveys.service.js';
import { surveyAnswers, surveyResponses } from './surveys.table.js';

const GROUP_SQL: Record<Exclude<Breakdown, 'none'>, SQL> = {
  region: sql`left(${surveyResponses.regionCode}, 2)`,
  age_group: sql`${surveyResponses.ageGroup}`,
  sex: sql`${surveyResponses.sex}`,
};

/**
 * Shares per option among the respondents who answered each question, with 95% Wilson intervals, overall and
 * broken down by province, age group or sex. For a multiple-choice question shares add up to more than 100%.
 */
export async function surveyResults(
  context: ActivitiesContext,
  actor: Actor,
  id: string,
  query: SurveyResultsQuery,
): Promise<SurveyResults> {
  authorize(actor, 'surveys:read');
  const { db } = context;
  await findSurvey(db, id);
  let questions = await surveyShape(db, id);
  if (query.questionCode) {
    questions = questions.filter((question) => question.code === query.questionCode);
    if (questions.length === 0)
      throw new AppError('not_found', 'survey.question_unknown', { code: query.questionCode });
  }
  const group = query.by === 'none' ? sql`NULL::text` : GROUP_SQL[query.by];
  const base = and(eq(surveyResponses.surveyId, id));
  const [optionCounts, respondentCounts] = await Promise.all([
    db
      .select({
        questionId: surveyAnswers.questionId,
        optionId: surveyAnswers.optionId,
        group: sql<string | null>`${group}`,
        n: sql<number>`count(DISTINCT ${surveyAnswers.responseId})`.mapWith(Number),
      })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .where(base)
      .groupBy(surveyAnswers.questionId, surveyAnswers.optionId, group),
    db
      .select({
        questionId: surveyAnswers.questionId,
        group: sql<string | null>`${group}`,
        n: sql<number>`count(DISTINCT ${surveyAnswers.responseId})`.mapWith(Number),
      })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .where(base)
      .groupBy(surveyAnswers.questionId, group),
  ]);
  const groups = [...new Set(respondentCounts.map((row) => row.group).filter((g): g is string => g !== null))].sort();
  const provinceNames =
    query.by === 'region'
      ? new Map((await findRegionsByCodes(db, groups)).map((region) => [region.code, region.name]))
      : null;
  const tableOf = (question: (typeof questions)[number], groupKey: string | null): ShareTable => {
    const respondents = respondentCounts
      .filter((row) => row.questionId === question.id && (groupKey === null || row.group === groupKey))
      .reduce((sum, row) => sum + row.n, 0);
    return {
      group: groupKey,
      groupLabel: groupKey === null ? null : (provinceNames?.get(groupKey) ?? groupKey),
      respondents,
      options: shareTable(
        respondents,
        question.options.map((option) => ({
          optionCode: option.code,
          label: option.label,
          count: optionCounts
            .filter((row) => row.optionId === option.id && (groupKey === null || row.group === groupKey))
            .reduce((sum, row) => sum + row.n, 0),
        })),
      ),
    };
  };
  return {
    surveyId: id,
    by: query.by,
    confidenceLevel: 0.95,
    method: 'wilson',
    questions: questions.map((question) => ({
      questionId: question.id,
      code: question.code,
      text: question.text,
      kind: question.kind,
      overall: tableOf(question, null),
      groups: query.by === 'none' ? [] : groups.map((groupKey) => tableOf(question, groupKey)),
    })),
  };
}
