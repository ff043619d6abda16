import type { DtksMethod, DtksResult, DtksSource, InclusionProposalStatus } from '@atensi/contracts';
import { date, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0023_dtks_social_aid.sql: the one place a person's DTKS standing is kept. */
export const dtksStatuses = pgTable('dtks_statuses', {
  beneficiaryId: uuid('beneficiary_id').primaryKey(),
  status: text('status').$type<DtksResult>().notNull(),
  dtksId: text('dtks_id'),
  welfareDecile: smallint('welfare_decile'),
  source: text('source').$type<DtksSource>().notNull(),
  method: text('method').$type<DtksMethod>(),
  checkedOn: date('checked_on', { mode: 'string' }).notNull(),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type DtksStatusRow = typeof dtksStatuses.$inferSelect;

export const dtksStatusHistory = pgTable('dtks_status_history', {
  id: uuid('id').primaryKey(),
  beneficiaryId: uuid('beneficiary_id').notNull(),
  status: text('status').$type<DtksResult>().notNull(),
  dtksId: text('dtks_id'),
  welfareDecile: smallint('welfare_decile'),
  source: text('source').$type<DtksSource>().notNull(),
  method: text('method').$type<DtksMethod>(),
  checkedOn: date('checked_on', { mode: 'string' }).notNull(),
  noteCipher: text('note_cipher'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const dtksChecks = pgTable('dtks_checks', {
  id: uuid('id').primaryKey(),
  beneficiaryId: uuid('beneficiary_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  reason: text('reason').$type<'social_aid' | 'requested'>().notNull(),
  requestedBy: uuid('requested_by'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  resolvedStatus: text('resolved_status').$type<DtksResult>(),
});
export type DtksCheckRow = typeof dtksChecks.$inferSelect;

export const dtksInclusionProposals = pgTable('dtks_inclusion_proposals', {
  id: uuid('id').primaryKey(),
  beneficiaryId: uuid('beneficiary_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  socialAidRequestId: uuid('social_aid_request_id'),
  status: text('status').$type<InclusionProposalStatus>().notNull(),
  proposedBy: uuid('proposed_by'),
  proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  dtksId: text('dtks_id'),
  noteCipher: text('note_cipher'),
  version: integer('version').notNull().default(1),
});
export type InclusionProposalRow = typeof dtksInclusionProposals.$inferSelect;
