import type { ReferralKind, ReferralStatus } from '@atensi/contracts';
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0007_consent_referrals_aftercare.sql. */
export const referrals = pgTable('referrals', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  fromInstitutionId: uuid('from_institution_id').notNull(),
  toInstitutionId: uuid('to_institution_id').notNull(),
  kind: text('kind').$type<ReferralKind>().notNull(),
  reasonCipher: text('reason_cipher').notNull(),
  documents: text('documents').array().notNull().default([]),
  consentId: uuid('consent_id').notNull(),
  status: text('status').$type<ReferralStatus>().notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  respondedAt: timestamp('responded_at', { withTimezone: true }),
  respondedBy: uuid('responded_by'),
  declineReasonCipher: text('decline_reason_cipher'),
  outcomeCipher: text('outcome_cipher'),
  outcomeReportedAt: timestamp('outcome_reported_at', { withTimezone: true }),
  escalatedAt: timestamp('escalated_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});
export type ReferralRow = typeof referrals.$inferSelect;
