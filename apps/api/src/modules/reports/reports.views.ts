import type { NextStep, RiskLevel } from '@atensi/contracts';
import { boolean, date, integer, pgView, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors the view of migrations/0012_screening_reporting.sql: one row per screening, no person named. */
export const screeningFacts = pgView('screening_facts', {
  screeningId: uuid('screening_id').notNull(),
  caseId: uuid('case_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  institutionType: text('institution_type').notNull(),
  institutionProvinceCode: text('institution_province_code'),
  beneficiaryProvinceCode: text('beneficiary_province_code').notNull(),
  beneficiaryRegencyCode: text('beneficiary_regency_code').notNull(),
  screenedAt: timestamp('screened_at', { withTimezone: true }).notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  screenedOn: date('screened_on', { mode: 'string' }).notNull(),
  instrument: text('instrument').notNull(),
  instrumentRevision: integer('instrument_revision').notNull(),
  routingRisk: text('routing_risk').$type<RiskLevel>().notNull(),
  injectingRisk: boolean('injecting_risk').notNull(),
  nextStep: text('next_step').$type<NextStep>().notNull(),
}).existing();

/** One row per screening and substance group used (Q1 = yes), with the group's score and band. */
export const screeningSubstanceFacts = pgView('screening_substance_facts', {
  screeningId: uuid('screening_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  institutionProvinceCode: text('institution_province_code'),
  screenedAt: timestamp('screened_at', { withTimezone: true }).notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  injectingRisk: boolean('injecting_risk').notNull(),
  nextStep: text('next_step').$type<NextStep>().notNull(),
  substance: text('substance').notNull(),
  score: integer('score').notNull(),
  risk: text('risk').$type<RiskLevel>().notNull(),
}).existing();
