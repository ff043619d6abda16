import type {
  AtensiComponent,
  FrequencyPeriod,
  GoalProgress,
  PlanEventAction,
  PlanStatus,
  ServiceSetting,
} from '@atensi/contracts';
import { bigint, boolean, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0021_intervention_plans.sql. */
export const interventionPlans = pgTable('intervention_plans', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  institutionId: uuid('institution_id').notNull(),
  revision: integer('revision').notNull(),
  status: text('status').$type<PlanStatus>().notNull(),
  requiresApproval: boolean('requires_approval').notNull(),
  setting: text('setting').$type<ServiceSetting>().notNull(),
  startOn: date('start_on', { mode: 'string' }).notNull(),
  plannedEndOn: date('planned_end_on', { mode: 'string' }).notNull(),
  familyInvolvementCipher: text('family_involvement_cipher'),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  submittedBy: uuid('submitted_by'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  activatedAt: timestamp('activated_at', { withTimezone: true }),
  supersededAt: timestamp('superseded_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
});
export type PlanRow = typeof interventionPlans.$inferSelect;

export const planGoals = pgTable('plan_goals', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  key: uuid('key').notNull(),
  position: integer('position').notNull(),
  component: text('component').$type<AtensiComponent>().notNull(),
  textCipher: text('text_cipher').notNull(),
  targetDate: date('target_date', { mode: 'string' }),
  progress: text('progress').$type<GoalProgress>().notNull().default('not_started'),
  progressOn: date('progress_on', { mode: 'string' }),
});
export type PlanGoalRow = typeof planGoals.$inferSelect;

export const planServices = pgTable('plan_services', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  position: integer('position').notNull(),
  goalId: uuid('goal_id'),
  catalogueItemId: uuid('catalogue_item_id').notNull(),
  frequencyCount: integer('frequency_count').notNull(),
  frequencyPeriod: text('frequency_period').$type<FrequencyPeriod>().notNull(),
  quantity: bigint('quantity', { mode: 'number' }).notNull().default(1),
  responsibleStaffId: uuid('responsible_staff_id'),
});
export type PlanServiceRow = typeof planServices.$inferSelect;

export const planEvents = pgTable('plan_events', {
  id: uuid('id').primaryKey(),
  planId: uuid('plan_id').notNull(),
  action: text('action').$type<PlanEventAction>().notNull(),
  commentCipher: text('comment_cipher'),
  actorId: uuid('actor_id'),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
});
