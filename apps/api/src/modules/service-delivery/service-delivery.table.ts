import type { AtensiComponent, DischargeReason, GoalProgress, ServiceLocation, SessionKind } from '@atensi/contracts';
import { bigint, boolean, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0022_service_records.sql. */
export const serviceSessions = pgTable('service_sessions', {
  id: uuid('id').primaryKey(),
  institutionId: uuid('institution_id').notNull(),
  kind: text('kind').$type<SessionKind>().notNull(),
  catalogueItemId: uuid('catalogue_item_id').notNull(),
  component: text('component').$type<AtensiComponent>().notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  durationMinutes: integer('duration_minutes'),
  staffId: uuid('staff_id').notNull(),
  location: text('location').$type<ServiceLocation>().notNull(),
  topic: text('topic'),
  noteCipher: text('note_cipher'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
export type ServiceSessionRow = typeof serviceSessions.$inferSelect;

export const serviceRecords = pgTable('service_records', {
  id: uuid('id').primaryKey(),
  sessionId: uuid('session_id').notNull(),
  caseId: uuid('case_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  catalogueItemId: uuid('catalogue_item_id').notNull(),
  component: text('component').$type<AtensiComponent>().notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  attended: boolean('attended').notNull().default(true),
  quantity: bigint('quantity', { mode: 'number' }).notNull().default(1),
  goalId: uuid('goal_id'),
  goalProgress: text('goal_progress').$type<GoalProgress>(),
  noteCipher: text('note_cipher'),
});
export type ServiceRecordRow = typeof serviceRecords.$inferSelect;

export const residentialStays = pgTable('residential_stays', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  admittedOn: date('admitted_on', { mode: 'string' }).notNull(),
  plannedDischargeOn: date('planned_discharge_on', { mode: 'string' }),
  dischargedOn: date('discharged_on', { mode: 'string' }),
  dischargeReason: text('discharge_reason').$type<DischargeReason>(),
  overCapacity: boolean('over_capacity').notNull().default(false),
  admittedBy: uuid('admitted_by'),
  dischargedBy: uuid('discharged_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
export type ResidentialStayRow = typeof residentialStays.$inferSelect;
