import {
  ASSIST_SUBSTANCES,
  type AssistFrequency,
  type AssistRecency,
  type AssistSubstance,
  type AssistSubstanceAnswers,
  type NextStep,
  type RiskLevel,
  type WhoResponse,
} from '@atensi/contracts';

// WHO ASSIST v3.0 scoring (domain README section 4). Pure: answers in, scores out.

const Q2: Record<AssistFrequency, number> = { never: 0, once_or_twice: 2, monthly: 3, weekly: 4, daily: 6 };
const Q3: Record<AssistFrequency, number> = { never: 0, once_or_twice: 3, monthly: 4, weekly: 5, daily: 6 };
const Q4: Record<AssistFrequency, number> = { never: 0, once_or_twice: 4, monthly: 5, weekly: 6, daily: 7 };
const Q5: Record<AssistFrequency, number> = { never: 0, once_or_twice: 5, monthly: 6, weekly: 7, daily: 8 };
const Q6_Q7: Record<AssistRecency, number> = { never: 0, past_3_months: 6, earlier: 3 };

/** The Specific Substance Involvement Score: Q2 + Q3 + Q4 + Q5 + Q6 + Q7 (Q1 and Q8 never counted). */
export function substanceScore(answers: AssistSubstanceAnswers): number {
  if (!answers.q1) return 0;
  return (
    (answers.q2 ? Q2[answers.q2] : 0) +
    (answers.q3 ? Q3[answers.q3] : 0) +
    (answers.q4 ? Q4[answers.q4] : 0) +
    (answers.q5 ? Q5[answers.q5] : 0) +
    (answers.q6 ? Q6_Q7[answers.q6] : 0) +
    (answers.q7 ? Q6_Q7[answers.q7] : 0)
  );
}

/** Risk bands: alcohol low 0-10, moderate 11-26; every other substance low 0-3, moderate 4-26; high from 27. */
export function riskOf(substance: AssistSubstance, score: number): RiskLevel {
  if (score >= 27) return 'high';
  const lowUpTo = substance === 'alcohol' ? 10 : 3;
  return score <= lowUpTo ? 'low' : 'moderate';
}

export function whoResponseOf(risk: RiskLevel): WhoResponse {
  switch (risk) {
    case 'low':
      return 'general_advice';
    case 'moderate':
      return 'brief_intervention';
    case 'high':
      return 'brief_intervention_and_referral';
    default: {
      const unknown: never = risk;
      throw new Error(`unknown risk ${String(unknown)}`);
    }
  }
}

const RANK: Record<RiskLevel, number> = { low: 0, moderate: 1, high: 2 };

export type AssistResult = {
  results: Partial<Record<AssistSubstance, { score: number; risk: RiskLevel }>>;
  responses: Partial<Record<AssistSubstance, WhoResponse>>;
  routingRisk: RiskLevel;
  injectingRisk: boolean;
  nextStep: NextStep;
};

/**
 * Scores a screening: one result per substance with Q1 = yes; the routing risk is the highest band among the
 * substances other than tobacco (low when none), raised to at least moderate by injecting in the past three
 * months; the next step is no further action when nothing but tobacco was ever used and there was no injecting,
 * family-based rehabilitation at low risk, further assessment at moderate or high risk.
 */
export function scoreAssist(answers: {
  substances: Partial<Record<AssistSubstance, AssistSubstanceAnswers>>;
  q8: AssistRecency;
}): AssistResult {
  const results: AssistResult['results'] = {};
  const responses: AssistResult['responses'] = {};
  let routingRisk: RiskLevel = 'low';
  let anyDrug = false;
  for (const substance of ASSIST_SUBSTANCES) {
    const given = answers.substances[substance];
    if (!given?.q1) continue;
    const score = substanceScore(given);
    const risk = riskOf(substance, score);
    results[substance] = { score, risk };
    responses[substance] = whoResponseOf(risk);
    if (substance === 'tobacco') continue;
    anyDrug = true;
    if (RANK[risk] > RANK[routingRisk]) routingRisk = risk;
  }
  const injectingRisk = answers.q8 === 'past_3_months';
  if (injectingRisk && RANK[routingRisk] < RANK.moderate) routingRisk = 'moderate';
  const nextStep: NextStep =
    !anyDrug && answers.q8 === 'never'
      ? 'no_further_action'
      : routingRisk === 'low'
        ? 'family_based_rehab'
        : 'further_assessment';
  return { results, responses, routingRisk, injectingRisk, nextStep };
}
