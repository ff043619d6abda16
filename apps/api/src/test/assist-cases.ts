import type { AssistRecency, AssistSubstance, AssistSubstanceAnswers, NextStep, RiskLevel } from '@atensi/contracts';

// ASSIST v3.0 answer sets with their expected scores, shared by the scoring unit test and the endpoint test.
// Weights: Q2 never 0 / once 2 / monthly 3 / weekly 4 / daily 6; Q3 0/3/4/5/6; Q4 0/4/5/6/7; Q5 0/5/6/7/8;
// Q6 and Q7 never 0 / past 3 months 6 / earlier 3.

type Answers = { substances: Partial<Record<AssistSubstance, AssistSubstanceAnswers>>; q8: AssistRecency };
export type AssistCase = {
  name: string;
  answers: Answers;
  results: Partial<Record<AssistSubstance, { score: number; risk: RiskLevel }>>;
  routingRisk: RiskLevel;
  injectingRisk: boolean;
  nextStep: NextStep;
};

const never: AssistSubstanceAnswers = { q1: false };
/** Used, but not in the past three months: Q3 to Q5 are not asked. */
const earlierOnly = (q6: AssistRecency, q7: AssistRecency): AssistSubstanceAnswers => ({
  q1: true,
  q2: 'never',
  q6,
  q7,
});
const daily: AssistSubstanceAnswers = {
  q1: true,
  q2: 'daily',
  q3: 'daily',
  q4: 'daily',
  q5: 'daily',
  q6: 'past_3_months',
  q7: 'past_3_months',
};
const dailyTobacco: AssistSubstanceAnswers = {
  q1: true,
  q2: 'daily',
  q3: 'daily',
  q4: 'daily',
  q6: 'past_3_months',
  q7: 'past_3_months',
};

/** Alcohol and other-substance answers at chosen scores. */
const at: Record<number, AssistSubstanceAnswers> = {
  0: { q1: true, q2: 'never', q6: 'never', q7: 'never' },
  2: { q1: true, q2: 'once_or_twice', q3: 'never', q4: 'never', q5: 'never', q6: 'never', q7: 'never' },
  3: earlierOnly('earlier', 'never'),
  4: { q1: true, q2: 'weekly', q3: 'never', q4: 'never', q5: 'never', q6: 'never', q7: 'never' },
  6: earlierOnly('earlier', 'earlier'),
  10: { q1: true, q2: 'weekly', q3: 'never', q4: 'never', q5: 'never', q6: 'past_3_months', q7: 'never' },
  11: {
    q1: true,
    q2: 'once_or_twice',
    q3: 'once_or_twice',
    q4: 'never',
    q5: 'never',
    q6: 'past_3_months',
    q7: 'never',
  },
  12: earlierOnly('past_3_months', 'past_3_months'),
  18: { q1: true, q2: 'weekly', q3: 'monthly', q4: 'once_or_twice', q5: 'never', q6: 'past_3_months', q7: 'never' },
  26: { q1: true, q2: 'daily', q3: 'daily', q4: 'daily', q5: 'weekly', q6: 'never', q7: 'never' },
  27: { q1: true, q2: 'daily', q3: 'daily', q4: 'daily', q5: 'daily', q6: 'never', q7: 'never' },
  39: daily,
};
const alcoholRisk = (score: number): RiskLevel => (score >= 27 ? 'high' : score >= 11 ? 'moderate' : 'low');
const otherRisk = (score: number): RiskLevel => (score >= 27 ? 'high' : score >= 4 ? 'moderate' : 'low');
const route = (risk: RiskLevel): NextStep => (risk === 'low' ? 'family_based_rehab' : 'further_assessment');

const cases: AssistCase[] = [];

// Every band boundary, alcohol and every other substance, alone.
for (const score of [0, 2, 3, 4, 6, 10, 11, 12, 18, 26, 27, 39]) {
  const answers = at[score];
  if (!answers) continue;
  cases.push({
    name: `alcohol alone, score ${score}`,
    answers: { substances: { alcohol: answers }, q8: 'never' },
    results: { alcohol: { score, risk: alcoholRisk(score) } },
    routingRisk: alcoholRisk(score),
    injectingRisk: false,
    nextStep: route(alcoholRisk(score)),
  });
}
const others = [
  'cannabis',
  'cocaine',
  'amphetamines',
  'inhalants',
  'sedatives',
  'hallucinogens',
  'opioids',
  'other',
] as const;
for (const [index, score] of [3, 4, 26, 27, 0, 12, 39, 2].entries()) {
  const substance = others[index] ?? 'other';
  const answers = at[score];
  if (!answers) continue;
  cases.push({
    name: `${substance} alone, score ${score}`,
    answers: { substances: { [substance]: answers }, q8: 'never' },
    results: { [substance]: { score, risk: otherRisk(score) } },
    routingRisk: otherRisk(score),
    injectingRisk: false,
    nextStep: route(otherRisk(score)),
  });
}

cases.push(
  {
    name: 'the contract’s example: moderate alcohol, low cannabis, no tobacco',
    answers: {
      substances: {
        alcohol: {
          q1: true,
          q2: 'weekly',
          q3: 'monthly',
          q4: 'once_or_twice',
          q5: 'never',
          q6: 'past_3_months',
          q7: 'never',
        },
        cannabis: { q1: true, q2: 'never', q6: 'earlier', q7: 'never' },
        tobacco: { q1: false },
      },
      q8: 'never',
    },
    results: { alcohol: { score: 18, risk: 'moderate' }, cannabis: { score: 3, risk: 'low' } },
    routingRisk: 'moderate',
    injectingRisk: false,
    nextStep: 'further_assessment',
  },
  {
    name: 'tobacco at its maximum (31, no Q5) does not route to rehabilitation',
    answers: { substances: { tobacco: dailyTobacco }, q8: 'never' },
    results: { tobacco: { score: 31, risk: 'high' } },
    routingRisk: 'low',
    injectingRisk: false,
    nextStep: 'no_further_action',
  },
  {
    name: 'tobacco at 3 is low, at 4 moderate',
    answers: {
      substances: { tobacco: { q1: true, q2: 'weekly', q3: 'never', q4: 'never', q6: 'never', q7: 'never' } },
      q8: 'never',
    },
    results: { tobacco: { score: 4, risk: 'moderate' } },
    routingRisk: 'low',
    injectingRisk: false,
    nextStep: 'no_further_action',
  },
  {
    name: 'tobacco low (3)',
    answers: { substances: { tobacco: earlierOnly('earlier', 'never') }, q8: 'never' },
    results: { tobacco: { score: 3, risk: 'low' } },
    routingRisk: 'low',
    injectingRisk: false,
    nextStep: 'no_further_action',
  },
  {
    name: 'nothing ever used',
    answers: { substances: { tobacco: never, alcohol: never }, q8: 'never' },
    results: {},
    routingRisk: 'low',
    injectingRisk: false,
    nextStep: 'no_further_action',
  },
  {
    name: 'no substance listed at all (left out means Q1 = no)',
    answers: { substances: {}, q8: 'never' },
    results: {},
    routingRisk: 'low',
    injectingRisk: false,
    nextStep: 'no_further_action',
  },
  {
    name: 'nothing used but injecting in the past 3 months: moderate, further assessment',
    answers: { substances: {}, q8: 'past_3_months' },
    results: {},
    routingRisk: 'moderate',
    injectingRisk: true,
    nextStep: 'further_assessment',
  },
  {
    name: 'nothing used, injecting earlier: low, family-based rehabilitation',
    answers: { substances: {}, q8: 'earlier' },
    results: {},
    routingRisk: 'low',
    injectingRisk: false,
    nextStep: 'family_based_rehab',
  },
  {
    name: 'low cannabis with injecting in the past 3 months is raised to moderate',
    answers: { substances: { cannabis: at[3] ?? never }, q8: 'past_3_months' },
    results: { cannabis: { score: 3, risk: 'low' } },
    routingRisk: 'moderate',
    injectingRisk: true,
    nextStep: 'further_assessment',
  },
  {
    name: 'high opioids with injecting stay high',
    answers: { substances: { opioids: daily }, q8: 'past_3_months' },
    results: { opioids: { score: 39, risk: 'high' } },
    routingRisk: 'high',
    injectingRisk: true,
    nextStep: 'further_assessment',
  },
  {
    name: 'the highest band among substances wins: low alcohol, high amphetamines',
    answers: { substances: { alcohol: at[10] ?? never, amphetamines: at[27] ?? never }, q8: 'never' },
    results: { alcohol: { score: 10, risk: 'low' }, amphetamines: { score: 27, risk: 'high' } },
    routingRisk: 'high',
    injectingRisk: false,
    nextStep: 'further_assessment',
  },
  {
    name: 'alcohol at 10 is low even though 10 is moderate for other substances',
    answers: { substances: { alcohol: at[10] ?? never, tobacco: dailyTobacco }, q8: 'never' },
    results: { alcohol: { score: 10, risk: 'low' }, tobacco: { score: 31, risk: 'high' } },
    routingRisk: 'low',
    injectingRisk: false,
    nextStep: 'family_based_rehab',
  },
  {
    name: 'sedatives 11 (moderate for sedatives), alcohol 11 (moderate), inhalants 0 (used, no score)',
    answers: {
      substances: { sedatives: at[11] ?? never, alcohol: at[11] ?? never, inhalants: at[0] ?? never },
      q8: 'earlier',
    },
    results: {
      sedatives: { score: 11, risk: 'moderate' },
      alcohol: { score: 11, risk: 'moderate' },
      inhalants: { score: 0, risk: 'low' },
    },
    routingRisk: 'moderate',
    injectingRisk: false,
    nextStep: 'further_assessment',
  },
  {
    name: 'all ten substances at their maximum',
    answers: {
      substances: Object.fromEntries(
        ['alcohol', ...others].map((substance) => [substance, daily]).concat([['tobacco', dailyTobacco]]),
      ) as Answers['substances'],
      q8: 'past_3_months',
    },
    results: {
      tobacco: { score: 31, risk: 'high' },
      ...Object.fromEntries(
        ['alcohol', ...others].map((substance) => [substance, { score: 39, risk: 'high' as const }]),
      ),
    },
    routingRisk: 'high',
    injectingRisk: true,
    nextStep: 'further_assessment',
  },
);

export const ASSIST_CASES: readonly AssistCase[] = cases;

/** Answer sets that break the skip logic, with the path the API must name. */
export const ASSIST_VIOLATIONS: readonly { name: string; answers: unknown; path: string }[] = [
  {
    name: 'Q3 given although Q2 is never',
    answers: {
      substances: { cannabis: { q1: true, q2: 'never', q3: 'weekly', q6: 'never', q7: 'never' } },
      q8: 'never',
    },
    path: 'body.answers.substances.cannabis.q3',
  },
  {
    name: 'Q5 given for tobacco',
    answers: {
      substances: {
        tobacco: { q1: true, q2: 'daily', q3: 'daily', q4: 'daily', q5: 'daily', q6: 'never', q7: 'never' },
      },
      q8: 'never',
    },
    path: 'body.answers.substances.tobacco.q5',
  },
  {
    name: 'Q2 given although Q1 is no',
    answers: { substances: { alcohol: { q1: false, q2: 'weekly' } }, q8: 'never' },
    path: 'body.answers.substances.alcohol.q2',
  },
  {
    name: 'Q6 given although Q1 is no',
    answers: { substances: { opioids: { q1: false, q6: 'earlier' } }, q8: 'never' },
    path: 'body.answers.substances.opioids.q6',
  },
  {
    name: 'Q2 missing although Q1 is yes',
    answers: { substances: { alcohol: { q1: true, q6: 'never', q7: 'never' } }, q8: 'never' },
    path: 'body.answers.substances.alcohol.q2',
  },
  {
    name: 'Q4 missing although used in the past 3 months',
    answers: {
      substances: { alcohol: { q1: true, q2: 'weekly', q3: 'weekly', q5: 'never', q6: 'never', q7: 'never' } },
      q8: 'never',
    },
    path: 'body.answers.substances.alcohol.q4',
  },
  {
    name: 'Q7 missing although Q1 is yes',
    answers: { substances: { inhalants: { q1: true, q2: 'never', q6: 'never' } }, q8: 'never' },
    path: 'body.answers.substances.inhalants.q7',
  },
  {
    name: 'an unknown frequency',
    answers: { substances: { alcohol: { q1: true, q2: 'sometimes', q6: 'never', q7: 'never' } }, q8: 'never' },
    path: 'body.answers.substances.alcohol.q2',
  },
  {
    name: 'Q8 missing',
    answers: { substances: {} },
    path: 'body.answers.q8',
  },
];
