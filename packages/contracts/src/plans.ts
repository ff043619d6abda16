import { z } from 'zod';
import { AtensiComponent, IsoDate, ServiceSetting } from './atensi.js';
import { BilingualName, ServiceUnit } from './service-catalogue.js';

/**
 * A revision of an intervention plan (rencana intervensi): written as a `draft`, `submitted` for the manager's
 * approval when the case is of moderate or high risk (or made `active` at once when it is of low risk), `returned`
 * with comments, `active` once approved, `superseded` when a later revision becomes active.
 */
export const PlanStatus = z.enum(['draft', 'submitted', 'returned', 'active', 'superseded']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** How far a goal has come, as the last service record that reported on it says. */
export const GoalProgress = z.enum(['not_started', 'in_progress', 'achieved']);
export type GoalProgress = z.infer<typeof GoalProgress>;

/** How often a planned service is given: so many times a week, a month, or in total over the plan. */
export const FrequencyPeriod = z.enum(['per_week', 'per_month', 'total']);
export type FrequencyPeriod = z.infer<typeof FrequencyPeriod>;

/** What the caller may do with a plan revision now. */
export const PlanAction = z.enum(['edit', 'submit', 'approve', 'return', 'revise']);
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanEventAction = z.enum(['create', 'update', 'submit', 'approve', 'return', 'activate', 'supersede']);
export type PlanEventAction = z.infer<typeof PlanEventAction>;

/** Warnings that do not block a plan: a residential stay outside 4 to 9 months. */
export const PlanWarning = z.enum(['residential_duration']);
export type PlanWarning = z.infer<typeof PlanWarning>;

export const PlanGoalInput = z
  .object({
    key: z
      .uuid()
      .optional()
      .meta({ description: 'The goal this one continues from an earlier revision (keeps its progress); new: omit' }),
    component: AtensiComponent,
    description: z.string().trim().min(3).max(500),
    target: z
      .string()
      .trim()
      .min(3)
      .max(500)
      .meta({ description: 'The measurable target: what, how much, by when (e.g. "urine test negative 3 months")' }),
    targetDate: IsoDate.optional(),
  })
  .strict();
export type PlanGoalInput = z.infer<typeof PlanGoalInput>;

export const PlanServiceInput = z
  .object({
    goal: z
      .number()
      .int()
      .min(0)
      .max(19)
      .optional()
      .meta({ description: 'The index in `goals` of the goal this service works towards' }),
    catalogueItemId: z.uuid(),
    frequency: z.object({ count: z.number().int().min(1).max(100), period: FrequencyPeriod }).strict(),
    quantity: z
      .number()
      .int()
      .min(1)
      .max(1_000_000_000)
      .optional()
      .meta({ description: 'Per occurrence, for items (count) and amounts (rupiah); default 1' }),
    responsibleStaffId: z
      .uuid()
      .nullable()
      .optional()
      .meta({ description: 'A staff member of the institution who is responsible' }),
  })
  .strict();
export type PlanServiceInput = z.infer<typeof PlanServiceInput>;

export const PlanInput = z
  .object({
    setting: ServiceSetting,
    startOn: IsoDate,
    plannedEndOn: IsoDate,
    goals: z.array(PlanGoalInput).max(20),
    services: z.array(PlanServiceInput).max(60),
    familyInvolvement: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .meta({ description: 'How the family takes part (sealed at rest)' }),
  })
  .strict();
export type PlanInput = z.infer<typeof PlanInput>;

export const PlanDecisionInput = z.object({ comment: z.string().trim().min(1).max(2000).optional() }).strict();
export type PlanDecisionInput = z.infer<typeof PlanDecisionInput>;
export const PlanReturnInput = z.object({ comment: z.string().trim().min(3).max(2000) }).strict();
export type PlanReturnInput = z.infer<typeof PlanReturnInput>;

export const PlanGoal = z.object({
  id: z.string(),
  key: z.string(),
  component: AtensiComponent,
  description: z.string(),
  target: z.string(),
  targetDate: z.string().nullable(),
  progress: GoalProgress,
  progressOn: z.string().nullable().meta({ description: 'The day of the service record that last reported on it' }),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

export const PlanService = z.object({
  id: z.string(),
  goalId: z.string().nullable(),
  catalogueItemId: z.string(),
  catalogueItemCode: z.string(),
  catalogueItemName: BilingualName,
  component: AtensiComponent,
  unit: ServiceUnit,
  frequency: z.object({ count: z.number().int(), period: FrequencyPeriod }),
  quantity: z.number().int(),
  responsibleStaffId: z.string().nullable(),
  responsibleStaffName: z.string().nullable(),
  plannedOccurrences: z.number().int().meta({ description: 'Occurrences over the whole plan' }),
});
export type PlanService = z.infer<typeof PlanService>;

export const PlanEvent = z.object({
  id: z.string(),
  action: PlanEventAction,
  comment: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type PlanEvent = z.infer<typeof PlanEvent>;

export const Plan = z
  .object({
    id: z.string(),
    caseId: z.string(),
    institutionId: z.string(),
    revision: z.number().int(),
    status: PlanStatus,
    requiresApproval: z
      .boolean()
      .meta({ description: 'Moderate or high risk: active only once a manager of the institution approves it' }),
    setting: ServiceSetting,
    startOn: z.string(),
    plannedEndOn: z.string(),
    warnings: z.array(PlanWarning),
    goals: z.array(PlanGoal),
    services: z.array(PlanService),
    familyInvolvement: z.string().nullable(),
    createdBy: z.string(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedByName: z.string().nullable(),
    activatedAt: z.string().nullable(),
    events: z.array(PlanEvent),
    allowedActions: z.array(PlanAction),
    version: z.number().int(),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;

export const PlanList = z.object({
  items: z.array(Plan).meta({ description: 'Every revision, newest first' }),
  canCreate: z.boolean().meta({ description: 'Whether the caller may start a plan (or a revision) now' }),
});
export type PlanList = z.infer<typeof PlanList>;

/** A plan waiting for the caller's approval (managers' queue). */
export const PlanAwaiting = z.object({
  id: z.string(),
  caseId: z.string(),
  beneficiaryName: z.string(),
  revision: z.number().int(),
  setting: ServiceSetting,
  submittedAt: z.string(),
  submittedByName: z.string().nullable(),
  canDecide: z.boolean().meta({ description: 'False for the plan’s own author: another manager must decide' }),
});
export const PlanAwaitingList = z.object({ items: z.array(PlanAwaiting) });
export type PlanAwaitingList = z.infer<typeof PlanAwaitingList>;
