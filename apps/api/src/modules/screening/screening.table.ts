import type { NextStep, RiskLevel } from '@atensi/contracts';
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0009_screenings.sql and 0011_instruments.sql. */
export const screenings = pgTable('screenings', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  instrument: text('instrument').$type<'assist-3.0'>().notNull(),
  /** The revision of the instrument definition it was scored with. */
  scoringVersion: integer('scoring_version').notNull(),
  instrumentVersionId: uuid('instrument_version_id'),
  answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
  results: jsonb('results').$type<Record<string, { score: number; risk: RiskLevel }>>().notNull(),
  routingRisk: text('routing_risk').$type<RiskLevel>().notNull(),
  injectingRisk: boolean('injecting_risk').notNull(),
  nextStep: text('next_step').$type<NextStep>().notNull(),
  screenedAt: timestamp('screened_at', { withTimezone: true }).notNull().defaultNow(),
  screenedBy: uuid('screened_by'),
});
export type ScreeningRow = typeof screenings.$inferSelect;
