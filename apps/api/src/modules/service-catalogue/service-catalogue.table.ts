import type { AtensiComponent, ServiceUnit } from '@atensi/contracts';
import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0020_service_catalogue.sql. */
export const serviceCatalogueItems = pgTable('service_catalogue_items', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  component: text('component').$type<AtensiComponent>().notNull(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  unit: text('unit').$type<ServiceUnit>().notNull(),
  isActive: boolean('is_active').notNull().default(true),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
});
export type CatalogueItemRow = typeof serviceCatalogueItems.$inferSelect;
