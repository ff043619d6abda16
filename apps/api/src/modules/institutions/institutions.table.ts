import type {
  AtensiComponent,
  DesignationMinistry,
  InstitutionType,
  IpwlRequirement,
  ServiceSetting,
} from '@atensi/contracts';
import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0004_identity.sql and 0005_institutions_registry.sql. */
export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  type: text('type').$type<InstitutionType>().notNull(),
  parentId: uuid('parent_id'),
  regionCode: text('region_code'),
  address: text('address'),
  phone: text('phone'),
  email: text('email'),
  capacityResidential: integer('capacity_residential'),
  capacityOutpatient: integer('capacity_outpatient'),
  components: text('components').array().$type<AtensiComponent[]>().notNull().default([]),
  settings: text('settings').array().$type<ServiceSetting[]>().notNull().default([]),
  validFrom: date('valid_from', { mode: 'string' }).notNull().defaultNow(),
  closedOn: date('closed_on', { mode: 'string' }),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type InstitutionRow = typeof institutions.$inferSelect;

export const institutionHistory = pgTable('institution_history', {
  id: uuid('id').primaryKey(),
  institutionId: uuid('institution_id').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  reason: text('reason'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  recordedBy: uuid('recorded_by'),
});

export const institutionDesignations = pgTable('institution_designations', {
  id: uuid('id').primaryKey(),
  institutionId: uuid('institution_id').notNull(),
  decreeNumber: text('decree_number').notNull(),
  decreeDate: date('decree_date', { mode: 'string' }).notNull(),
  ministry: text('ministry').$type<DesignationMinistry>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});

export const institutionAccreditations = pgTable('institution_accreditations', {
  id: uuid('id').primaryKey(),
  institutionId: uuid('institution_id').notNull(),
  grade: text('grade').$type<'A' | 'B' | 'C'>().notNull(),
  issuer: text('issuer').notNull(),
  certificateNumber: text('certificate_number'),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
export type AccreditationRow = typeof institutionAccreditations.$inferSelect;

export const institutionSuspensions = pgTable('institution_suspensions', {
  id: uuid('id').primaryKey(),
  institutionId: uuid('institution_id').notNull(),
  reason: text('reason').notNull(),
  suspendedOn: date('suspended_on', { mode: 'string' }).notNull(),
  liftedOn: date('lifted_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
export type SuspensionRow = typeof institutionSuspensions.$inferSelect;

export const institutionRequirements = pgTable(
  'institution_requirements',
  {
    institutionId: uuid('institution_id').notNull(),
    requirement: text('requirement').$type<IpwlRequirement>().notNull(),
    met: boolean('met').notNull(),
    evidence: text('evidence'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull().defaultNow(),
    verifiedBy: uuid('verified_by'),
  },
  (table) => [primaryKey({ columns: [table.institutionId, table.requirement] })],
);

export const partnerships = pgTable('partnerships', {
  id: uuid('id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  partnerId: uuid('partner_id').notNull(),
  mouNumber: text('mou_number').notNull(),
  scope: text('scope'),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});
export type PartnershipRow = typeof partnerships.$inferSelect;
