import type { ConsentPurpose, DataCategory } from '@atensi/contracts';
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0007_consent_referrals_aftercare.sql. */
export const consents = pgTable('consents', {
  id: uuid('id').primaryKey(),
  beneficiaryId: uuid('beneficiary_id').notNull(),
  purpose: text('purpose').$type<ConsentPurpose>().notNull(),
  categories: text('categories').array().$type<DataCategory[]>().notNull(),
  recipientInstitutionId: uuid('recipient_institution_id'),
  givenBy: text('given_by').$type<'person' | 'guardian'>().notNull(),
  givenOn: date('given_on', { mode: 'string' }).notNull(),
  expiresOn: date('expires_on', { mode: 'string' }),
  revokedOn: date('revoked_on', { mode: 'string' }),
  noteCipher: text('note_cipher'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
export type ConsentRow = typeof consents.$inferSelect;

export const disclosures = pgTable('disclosures', {
  id: uuid('id').primaryKey(),
  beneficiaryId: uuid('beneficiary_id').notNull(),
  caseId: uuid('case_id'),
  fromInstitutionId: uuid('from_institution_id').notNull(),
  recipientInstitutionId: uuid('recipient_institution_id').notNull(),
  purpose: text('purpose').notNull(),
  categories: text('categories').array().notNull(),
  consentId: uuid('consent_id').notNull(),
  disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull().defaultNow(),
  disclosedBy: uuid('disclosed_by'),
});
