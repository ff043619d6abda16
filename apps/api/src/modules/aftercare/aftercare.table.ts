import { boolean, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0007_consent_referrals_aftercare.sql. */
export const followUps = pgTable('follow_ups', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  monthsAfter: integer('months_after').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  doneOn: date('done_on', { mode: 'string' }),
  substanceUse: text('substance_use').$type<'none' | 'occasional' | 'relapse'>(),
  workOrSchool: text('work_or_school').$type<'working' | 'studying' | 'neither'>(),
  housing: text('housing').$type<'stable' | 'unstable' | 'homeless'>(),
  familyRelations: text('family_relations').$type<'good' | 'strained' | 'broken'>(),
  legalProblems: boolean('legal_problems'),
  noteCipher: text('note_cipher'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
});
export type FollowUpRow = typeof followUps.$inferSelect;

export const caseNotes = pgTable('case_notes', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  bodyCipher: text('body_cipher').notNull(),
  authorId: uuid('author_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
