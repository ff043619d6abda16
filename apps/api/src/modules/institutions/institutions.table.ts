import type { InstitutionType } from '@atensi/contracts';
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0004_identity.sql. */
export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  type: text('type').$type<InstitutionType>().notNull(),
  parentId: uuid('parent_id'),
  regionCode: text('region_code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type InstitutionRow = typeof institutions.$inferSelect;
