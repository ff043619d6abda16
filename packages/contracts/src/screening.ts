import { z } from 'zod';

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

type SkipProblem = { path: (string | number)[]; message: string };

/**
 * The skip logic of ASSIST v3.0 as the contract states it: Q2 to Q7 absent when Q1 is no; Q2, Q6 and Q7 required
 * when Q1 is yes; Q3 to Q5 absent when Q2 is never, required otherwise; Q5 never asked for tobacco. Returns every
 * violation with the path of the offending answer.
 */
export function assistSkipProblems(
  substances: Partial<Record<AssistSubstance, AssistSubstanceAnswers>>,
): SkipProblem[] {
  const problems: SkipProblem[] = [];
  for (const substance of ASSIST_SUBSTANCES) {
    const answers = substances[substance];
    if (!answers) continue;
    const at = (question: string) => ['answers', 'substances', substance, question];
    const present = (question: keyof AssistSubstanceAnswers) => answers[question] !== undefined;
    if (!answers.q1) {
      for (const question of ['q2', 'q3', 'q4', 'q5', 'q6', 'q7'] as const) {
        if (present(question)) problems.push({ path: at(question), message: 'assist.absent_when_never_used' });
      }
      continue;
    }
    for (const question of ['q2', 'q6', 'q7'] as const) {
      if (!present(question)) problems.push({ path: at(question), message: 'assist.required' });
    }
    if (substance === 'tobacco' && present('q5'))
      problems.push({ path: at('q5'), message: 'assist.q5_not_for_tobacco' });
    const recent = answers.q2 !== undefined && answers.q2 !== 'never';
    const recentQuestions = substance === 'tobacco' ? (['q3', 'q4'] as const) : (['q3', 'q4', 'q5'] as const);
    for (const question of recentQuestions) {
      if (answers.q2 === 'never' && present(question))
        problems.push({ path: at(question), message: 'assist.absent_when_not_recent' });
      if (recent && !present(question)) problems.push({ path: at(question), message: 'assist.required' });
    }
  }
  return problems;
}

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
    screenedAt: z.string(),
  })
  .meta({ id: 'Screening' });
export type Screening = z.infer<typeof Screening>;
