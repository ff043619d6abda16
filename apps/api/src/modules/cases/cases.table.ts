import type { CaseStatus, IntakeSource, TerminationReason } from '@atensi/contracts';
import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0006_beneficiaries_cases.sql (and 0021: `active_plan_id`). */
export const cases = pgTable('cases', {
  id: uuid('id').primaryKey(),
  beneficiaryId: uuid('beneficiary_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  status: text('status').$type<CaseStatus>().notNull(),
  intakeSource: text('intake_source').$type<IntakeSource>().notNull(),
  assignedWorkerId: uuid('assigned_worker_id'),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  openedBy: uuid('opened_by'),
  reportReporter: text('report_reporter').$type<'self' | 'parent' | 'family'>(),
  reportReportedOn: date('report_reported_on', { mode: 'string' }),
  reportCardNumber: text('report_card_number'),
  assessmentCompleted: boolean('assessment_completed').notNull().default(false),
  terminationReason: text('termination_reason').$type<TerminationReason>(),
  terminatedOn: date('terminated_on', { mode: 'string' }),
  previousCaseId: uuid('previous_case_id'),
  /** Set by the plans module when a plan revision becomes active (migration 0021). */
  activePlanId: uuid('active_plan_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type CaseRow = typeof cases.$inferSelect;

export const caseEvents = pgTable('case_events', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  action: text('action').notNull(),
  fromStatus: text('from_status').$type<CaseStatus>(),
  toStatus: text('to_status').$type<CaseStatus>().notNull(),
  reason: text('reason'),
  noteCipher: text('note_cipher'),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  actorId: uuid('actor_id'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reportCardCounters = pgTable(
  'report_card_counters',
  {
    institutionId: uuid('institution_id').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (table) => [primaryKey({ columns: [table.institutionId, table.year] })],
);
