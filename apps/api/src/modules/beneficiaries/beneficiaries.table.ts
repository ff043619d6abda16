import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0006_beneficiaries_cases.sql. `*Cipher` columns hold sealed values (ADR 0007). */
export const beneficiaries = pgTable('beneficiaries', {
  id: uuid('id').primaryKey(),
  registeredInstitutionId: uuid('registered_institution_id').notNull(),
  nikCipher: text('nik_cipher'),
  nikHash: text('nik_hash'),
  noNikReasonCipher: text('no_nik_reason_cipher'),
  kkCipher: text('kk_cipher'),
  kkHash: text('kk_hash'),
  fullName: text('full_name').notNull(),
  aliases: text('aliases').array().notNull().default([]),
  sex: text('sex').$type<'M' | 'F'>().notNull(),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  birthPlace: text('birth_place'),
  regionCode: text('region_code').notNull(),
  addressCipher: text('address_cipher'),
  phoneCipher: text('phone_cipher'),
  guardianCipher: text('guardian_cipher'),
  education: text('education'),
  employment: text('employment'),
  maritalStatus: text('marital_status'),
  disabilities: text('disabilities').array().notNull().default([]),
  mergedIntoId: uuid('merged_into_id'),
  mergedAt: timestamp('merged_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type BeneficiaryRow = typeof beneficiaries.$inferSelect;
