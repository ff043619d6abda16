import type { CertificationLevel, StaffCertificationType, StaffRole } from '@atensi/contracts';
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0005_institutions_registry.sql. */
export const staff = pgTable('staff', {
  id: uuid('id').primaryKey(),
  institutionId: uuid('institution_id').notNull(),
  fullName: text('full_name').notNull(),
  nik: text('nik'),
  role: text('role').$type<StaffRole>().notNull(),
  phone: text('phone'),
  email: text('email'),
  employedFrom: date('employed_from', { mode: 'string' }).notNull(),
  employedUntil: date('employed_until', { mode: 'string' }),
  userId: uuid('user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});
export type StaffRow = typeof staff.$inferSelect;

export const staffCertifications = pgTable('staff_certifications', {
  id: uuid('id').primaryKey(),
  staffId: uuid('staff_id').notNull(),
  type: text('type').$type<StaffCertificationType>().notNull(),
  level: text('level').$type<CertificationLevel>(),
  issuer: text('issuer').notNull(),
  certificateNumber: text('certificate_number'),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
export type StaffCertificationRow = typeof staffCertifications.$inferSelect;
