import type { AidType, SocialAidStatus } from '@atensi/contracts';
import { bigint, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0023_dtks_social_aid.sql. */
export const socialAidRequests = pgTable('social_aid_requests', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  beneficiaryId: uuid('beneficiary_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  aidType: text('aid_type').$type<AidType>().notNull(),
  catalogueItemId: uuid('catalogue_item_id').notNull(),
  amountRupiah: bigint('amount_rupiah', { mode: 'number' }),
  quantity: integer('quantity'),
  items: text('items'),
  reasonCipher: text('reason_cipher').notNull(),
  status: text('status').$type<SocialAidStatus>().notNull(),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionNoteCipher: text('decision_note_cipher'),
  deliveredOn: date('delivered_on', { mode: 'string' }),
  deliveredBy: uuid('delivered_by'),
  deliverySessionId: uuid('delivery_session_id'),
  receivedOn: date('received_on', { mode: 'string' }),
  receivedBy: text('received_by').$type<'beneficiary' | 'guardian' | 'family'>(),
  receiptNoteCipher: text('receipt_note_cipher'),
  version: integer('version').notNull().default(1),
});
export type SocialAidRow = typeof socialAidRequests.$inferSelect;
