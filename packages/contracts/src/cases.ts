import { z } from 'zod';
import { IsoDate } from './atensi.js';
import { CASE_STATUSES, INTAKE_SOURCES, TERMINATION_REASONS } from './values.js';
import { VocationalOutcomes } from './vocational.js';

export const IntakeSource = z.enum(INTAKE_SOURCES);
export type IntakeSource = z.infer<typeof IntakeSource>;

export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const TerminationReason = z.enum(TERMINATION_REASONS);
export type TerminationReason = z.infer<typeof TerminationReason>;

/** What a worker can do to a case; routing after screening is done by the screening itself, not by hand. */
export const CaseAction = z.enum([
  'start_screening',
  'route_family_based',
  'route_further_assessment',
  'approve_plan',
  'start_service',
  'start_reintegration',
  'terminate',
  'start_aftercare',
  'close',
]);
export type CaseAction = z.infer<typeof CaseAction>;

/**
 * Actions a person triggers from the case page; the routing ones come from screening and assessment, and the step
 * into planning (`approve_plan`) from completing the further assessment or starting a low-risk case's plan.
 */
export const MANUAL_CASE_ACTIONS: readonly CaseAction[] = [
  'start_screening',
  'start_service',
  'start_reintegration',
  'terminate',
  'start_aftercare',
  'close',
];

export const Reporter = z.enum(['self', 'parent', 'family']);

export const CreateCaseInput = z
  .object({
    intakeSource: IntakeSource,
    institutionId: z.uuid().optional().meta({ description: 'Default: the caller’s institution' }),
    assignedWorkerId: z.uuid().optional().meta({ description: 'A user of the institution; default: the caller' }),
    report: z
      .object({ reporter: Reporter, reportedOn: IsoDate })
      .strict()
      .optional()
      .meta({ description: 'Wajib lapor: a self or family report; a kartu lapor diri number is issued' }),
  })
  .strict();
export type CreateCaseInput = z.infer<typeof CreateCaseInput>;

export const CaseEvent = z.object({
  id: z.string(),
  action: z.string(),
  fromStatus: CaseStatus.nullable(),
  toStatus: CaseStatus,
  reason: z.string().nullable(),
  occurredOn: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  recordedAt: z.string(),
});

export const Case = z
  .object({
    id: z.string(),
    beneficiaryId: z.string(),
    beneficiaryName: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    status: CaseStatus,
    intakeSource: IntakeSource,
    assignedWorkerId: z.string().nullable(),
    assignedWorkerName: z.string().nullable(),
    openedAt: z.string(),
    report: z.object({ reporter: Reporter, reportedOn: z.string(), cardNumber: z.string() }).nullable(),
    assessmentCompleted: z.boolean(),
    terminationReason: TerminationReason.nullable(),
    terminatedOn: z.string().nullable(),
    previousCaseId: z.string().nullable(),
    activePlanId: z
      .string()
      .nullable()
      .meta({ description: 'The active intervention plan revision; service starts only with one' }),
    allowedActions: z.array(CaseAction).meta({ description: 'What the caller may do next (manual actions)' }),
    history: z.array(CaseEvent),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });
export type Case = z.infer<typeof Case>;

export const CaseTransitionInput = z
  .object({
    action: CaseAction,
    reason: TerminationReason.optional().meta({ description: 'Required to terminate' }),
    on: IsoDate.optional().meta({ description: 'The day it happened (default today); required to terminate' }),
    note: z.string().trim().max(1000).optional(),
    vocationalOutcomes: VocationalOutcomes.optional().meta({
      description: 'With `terminate` only: course completed, certificate, business started, job placement',
    }),
  })
  .strict();
export type CaseTransitionInput = z.infer<typeof CaseTransitionInput>;

export const CaseSummary = z.object({
  id: z.string(),
  beneficiaryId: z.string(),
  beneficiaryName: z.string(),
  institutionId: z.string(),
  status: CaseStatus,
  assignedWorkerId: z.string().nullable(),
  openedAt: z.string(),
  updatedAt: z.string(),
});
export const CaseListQuery = z
  .object({
    mine: z.enum(['true', 'false']).default('false'),
    status: CaseStatus.optional(),
    beneficiaryId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export const CaseList = z.object({
  items: z.array(CaseSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type CaseList = z.infer<typeof CaseList>;
