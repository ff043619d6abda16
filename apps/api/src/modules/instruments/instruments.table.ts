import type { InstrumentCode, InstrumentDefinition } from '@atensi/contracts';
import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0011_instruments.sql. */
export const instrumentVersions = pgTable('instrument_versions', {
  id: uuid('id').primaryKey(),
  instrument: text('instrument').$type<InstrumentCode>().notNull(),
  revision: integer('revision').notNull(),
  checksum: text('checksum').notNull(),
  definition: jsonb('definition').$type<InstrumentDefinition>().notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});
export type InstrumentVersionRow = typeof instrumentVersions.$inferSelect;
