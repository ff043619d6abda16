import type { AlertKind } from '@atensi/contracts';
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0005_institutions_registry.sql. */
export const alerts = pgTable('alerts', {
  id: uuid('id').primaryKey(),
  kind: text('kind').$type<AlertKind>().notNull(),
  institutionId: uuid('institution_id').notNull(),
  subjectId: uuid('subject_id').notNull(),
  dueOn: date('due_on', { mode: 'string' }),
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
});
export type AlertRow = typeof alerts.$inferSelect;
