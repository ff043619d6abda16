import { z } from 'zod';
import { assistSkipProblems } from './assist-scoring.js';

/** The ten ASSIST v3.0 substance groups (domain README section 4). */
export const AssistSubstance = z.enum([
  'tobacco',
  'alcohol',
  'cannabis',
  'cocaine',
  'amphetamines',
  'inhalants',
  'sedatives',
  'hallucinogens',
  'opioids',
  'other',
]);
export type AssistSubstance = z.infer<typeof AssistSubstance>;
export const ASSIST_SUBSTANCES = AssistSubstance.options;

/** Q2 to Q5: how often, in the past three months. */
export const AssistFrequency = z.enum(['never', 'once_or_twice', 'monthly', 'weekly', 'daily']);
export type AssistFrequency = z.infer<typeof AssistFrequency>;
/** Q6 to Q8: never, yes in the past three months, yes but earlier. */
export const AssistRecency = z.enum(['never', 'past_3_months', 'earlier']);
export type AssistRecency = z.infer<typeof AssistRecency>;

export const AssistSubstanceAnswers = z
  .object({
    q1: z.boolean(),
    q2: AssistFrequency.optional(),
    q3: AssistFrequency.optional(),
    q4: AssistFrequency.optional(),
    q5: AssistFrequency.optional(),
    q6: AssistRecency.optional(),
    q7: AssistRecency.optional(),
  })
  .strict();
export type AssistSubstanceAnswers = z.infer<typeof AssistSubstanceAnswers>;

/** `POST /cases/:id/screenings`: an ASSIST v3.0 screening (`shared/api-contract.md`). */
export const CreateScreeningInput = z
  .object({
    instrument: z.literal('assist-3.0'),
    answers: z
      .object({
        substances: z.partialRecord(AssistSubstance, AssistSubstanceAnswers),
        q8: AssistRecency,
      })
      .strict(),
  })
  .strict()
  .superRefine((input, context) => {
    for (const problem of assistSkipProblems(input.answers.substances)) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });
export type CreateScreeningInput = z.infer<typeof CreateScreeningInput>;

export const RiskLevel = z.enum(['low', 'moderate', 'high']);
export type RiskLevel = z.infer<typeof RiskLevel>;
export const NextStep = z.enum(['no_further_action', 'family_based_rehab', 'further_assessment']);
export type NextStep = z.infer<typeof NextStep>;
/** WHO's response to each band: general advice, brief intervention, brief intervention and referral. */
export const WhoResponse = z.enum(['general_advice', 'brief_intervention', 'brief_intervention_and_referral']);
export type WhoResponse = z.infer<typeof WhoResponse>;

export const Screening = z
  .object({
    id: z.string(),
    instrument: z.literal('assist-3.0'),
    results: z.partialRecord(AssistSubstance, z.object({ score: z.number().int(), risk: RiskLevel })),
    routingRisk: RiskLevel,
    injectingRisk: z.boolean(),
    nextStep: NextStep,
    responses: z
      .partialRecord(AssistSubstance, WhoResponse)
      .meta({ description: 'WHO’s recommended response for each substance’s band, to show the worker' }),
    caseId: z.string(),
    caseStatus: z.string().meta({ description: 'The case’s status after the screening moved it' }),
    instrumentRevision: z
      .number()
      .int()
      .meta({ description: 'The revision of the instrument definition it was scored with (GET /instruments/...)' }),
    screenedAt: z.string(),
  })
  .meta({ id: 'Screening' });
export type Screening = z.infer<typeof Screening>;
