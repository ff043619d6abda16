import type { AsiDomain, AtensiComponent, NeedLevel } from '@atensi/contracts';
import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0010_assessments.sql and 0011_instruments.sql. */
export const assessments = pgTable('assessments', {
  caseId: uuid('case_id').primaryKey(),
  status: text('status').$type<'draft' | 'completed'>().notNull(),
  ratings: jsonb('ratings').$type<Partial<Record<AsiDomain, number>>>().notNull().default({}),
  urineTest: jsonb('urine_test').$type<{ result: 'negative' | 'positive' | 'not_done'; substances: string[] }>(),
  needs: jsonb('needs').$type<Partial<Record<AtensiComponent, NeedLevel>>>().notNull().default({}),
  stageOfChange: text('stage_of_change').$type<
    'precontemplation' | 'contemplation' | 'preparation' | 'action' | 'maintenance'
  >(),
  medicalRehab: text('medical_rehab').$type<'none' | 'outpatient_referral' | 'inpatient_referral'>(),
  socialSetting: text('social_setting').$type<'family_based' | 'community_based' | 'residential'>(),
  notesCipher: text('notes_cipher'),
  instrumentVersionId: uuid('instrument_version_id'),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  completedBy: uuid('completed_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
});
export type AssessmentRow = typeof assessments.$inferSelect;
