import type { RegionLevel } from '@atensi/contracts';
import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0002_regions.sql. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: text('level').$type<RegionLevel>().notNull(),
  parentCode: text('parent_code'),
  isActive: boolean('is_active').notNull().default(true),
  datasetVersion: text('dataset_version').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
