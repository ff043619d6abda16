import type { VocationalOutcomeKind } from '@atensi/contracts';
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0024_vocational_outcomes.sql. */
export const vocationalOutcomes = pgTable('vocational_outcomes', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  stage: text('stage').$type<'termination' | 'aftercare'>().notNull(),
  followUpId: uuid('follow_up_id'),
  kind: text('kind').$type<VocationalOutcomeKind>().notNull(),
  field: text('field'),
  achievedOn: date('achieved_on', { mode: 'string' }).notNull(),
  detailCipher: text('detail_cipher'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
