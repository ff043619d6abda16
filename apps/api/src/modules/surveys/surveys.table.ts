import type { AgeGroup, QuestionKind, SurveyStatus } from '@atensi/contracts';
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0031_campaigns_surveys.sql. */
export const surveys = pgTable('surveys', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description'),
  status: text('status').$type<SurveyStatus>().notNull().default('draft'),
  fieldworkFrom: date('fieldwork_from', { mode: 'string' }),
  fieldworkTo: date('fieldwork_to', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});
export type SurveyRow = typeof surveys.$inferSelect;

export const surveyQuestions = pgTable('survey_questions', {
  id: uuid('id').primaryKey(),
  surveyId: uuid('survey_id').notNull(),
  position: integer('position').notNull(),
  code: text('code').notNull(),
  text: text('text').notNull(),
  kind: text('kind').$type<QuestionKind>().notNull(),
});
export type QuestionRow = typeof surveyQuestions.$inferSelect;

export const surveyOptions = pgTable('survey_options', {
  id: uuid('id').primaryKey(),
  questionId: uuid('question_id').notNull(),
  position: integer('position').notNull(),
  code: text('code').notNull(),
  label: text('label').notNull(),
});
export type OptionRow = typeof surveyOptions.$inferSelect;

export const surveyResponses = pgTable('survey_responses', {
  id: uuid('id').primaryKey(),
  surveyId: uuid('survey_id').notNull(),
  regionCode: text('region_code').notNull(),
  ageGroup: text('age_group').$type<AgeGroup>().notNull(),
  sex: text('sex').$type<'M' | 'F'>().notNull(),
  source: text('source').$type<'form' | 'csv'>().notNull(),
  importId: uuid('import_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id').notNull(),
    questionId: uuid('question_id').notNull(),
    optionId: uuid('option_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.responseId, table.optionId] })],
);
