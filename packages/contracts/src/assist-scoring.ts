import { ASSIST_V3 } from './assist-definition.js';
import type { AssistDefinition } from './instruments.js';
import type {
  AssistRecency,
  AssistSubstance,
  AssistSubstanceAnswers,
  NextStep,
  RiskLevel,
  WhoResponse,
} from './screening.js';

// WHO ASSIST scoring driven by an instrument definition (ADR 0009): the weights of the answers, the questions that
// count, the bands of each substance group and the routing rules all come from the definition, so a stored
// revision scores its answers exactly as it did. Pure: shared by the API (which scores what it stores) and the web
// form (which shows the score as the worker goes).

export type AssistAnswers = {
  substances: Partial<Record<AssistSubstance, AssistSubstanceAnswers>>;
  q8: AssistRecency;
};

export type AssistResult = {
  results: Partial<Record<AssistSubstance, { score: number; risk: RiskLevel }>>;
  responses: Partial<Record<AssistSubstance, WhoResponse>>;
  routingRisk: RiskLevel;
  injectingRisk: boolean;
  nextStep: NextStep;
};

type PerSubstanceKey = Exclude<AssistDefinition['questions'][number]['key'], 'q8'>;
type Question = AssistDefinition['questions'][number] & { key: PerSubstanceKey };

const RANK: Record<RiskLevel, number> = { low: 0, moderate: 1, high: 2 };

function perSubstanceQuestions(definition: AssistDefinition): Question[] {
  return definition.questions.filter(
    (question): question is Question => question.perSubstance && question.key !== 'q8',
  );
}

function substanceOf(definition: AssistDefinition, substance: AssistSubstance) {
  const found = definition.substances.find((item) => item.key === substance);
  if (!found) throw new Error(`the instrument has no substance group ${substance}`);
  return found;
}

/** Whether a per-substance question is asked for this substance, given the answers so far (the skip logic). */
export function isAsked(question: Question, substance: AssistSubstance, answers: AssistSubstanceAnswers): boolean {
  if (question.notFor.includes(substance)) return false;
  switch (question.askedWhen) {
    case 'always':
      return true;
    case 'ever_used':
      return answers.q1;
    case 'used_past_3_months':
      return answers.q1 && answers.q2 !== undefined && answers.q2 !== 'never';
    default: {
      const unknown: never = question.askedWhen;
      throw new Error(`unknown condition ${String(unknown)}`);
    }
  }
}

/** The questions asked for one substance group, in order, given its answers so far. */
export function questionsFor(
  substance: AssistSubstance,
  answers: AssistSubstanceAnswers,
  definition: AssistDefinition = ASSIST_V3,
): Question[] {
  return perSubstanceQuestions(definition).filter((question) => isAsked(question, substance, answers));
}

/** The Specific Substance Involvement Score: the weights of the scored questions asked (Q2 to Q7 in v3.0). */
export function substanceScore(
  substance: AssistSubstance,
  answers: AssistSubstanceAnswers,
  definition: AssistDefinition = ASSIST_V3,
): number {
  let score = 0;
  for (const question of perSubstanceQuestions(definition)) {
    const given = answers[question.key];
    if (!question.scored || given === undefined || !isAsked(question, substance, answers)) continue;
    score += question.options.find((option) => option.value === given)?.weight ?? 0;
  }
  return score;
}

/** The highest score a substance group can reach (39 in v3.0; 31 for tobacco, which has no Q5). */
export function maximumScore(substance: AssistSubstance, definition: AssistDefinition = ASSIST_V3): number {
  return perSubstanceQuestions(definition)
    .filter((question) => question.scored && !question.notFor.includes(substance))
    .reduce((sum, question) => sum + Math.max(...question.options.map((option) => option.weight)), 0);
}

/** The band of a score: alcohol low 0-10, moderate 11-26; every other group low 0-3, moderate 4-26; high from 27. */
export function riskOf(substance: AssistSubstance, score: number, definition: AssistDefinition = ASSIST_V3): RiskLevel {
  const { lowUpTo, moderateUpTo } = substanceOf(definition, substance);
  if (score <= lowUpTo) return 'low';
  return score <= moderateUpTo ? 'moderate' : 'high';
}

/** WHO's response to a band: general advice, brief intervention, brief intervention and referral. */
export function whoResponseOf(risk: RiskLevel, definition: AssistDefinition = ASSIST_V3): WhoResponse {
  return definition.responses[risk].code;
}

/**
 * Scores a screening: one result per substance group with Q1 = yes; the routing risk is the highest band among the
 * groups not excluded from routing (tobacco), `low` when none, raised to at least `moderate` by injecting in the past
 * three months; the next step is no further action when nothing but tobacco was ever used and there was no injecting,
 * family-based rehabilitation at low risk, further assessment at moderate or high risk.
 */
export function scoreAssist(answers: AssistAnswers, definition: AssistDefinition = ASSIST_V3): AssistResult {
  const results: AssistResult['results'] = {};
  const responses: AssistResult['responses'] = {};
  let routingRisk: RiskLevel = 'low';
  let anyRoutedUse = false;
  for (const { key: substance, excludedFromRouting } of definition.substances) {
    const given = answers.substances[substance];
    if (!given?.q1) continue;
    const score = substanceScore(substance, given, definition);
    const risk = riskOf(substance, score, definition);
    results[substance] = { score, risk };
    responses[substance] = whoResponseOf(risk, definition);
    if (excludedFromRouting) continue;
    anyRoutedUse = true;
    if (RANK[risk] > RANK[routingRisk]) routingRisk = risk;
  }
  const injectingRisk = answers.q8 === definition.injecting.when;
  if (injectingRisk && RANK[routingRisk] < RANK[definition.injecting.raisesTo]) {
    routingRisk = definition.injecting.raisesTo;
  }
  const nextStep: NextStep =
    !anyRoutedUse && answers.q8 === 'never'
      ? 'no_further_action'
      : routingRisk === 'low'
        ? 'family_based_rehab'
        : 'further_assessment';
  return { results, responses, routingRisk, injectingRisk, nextStep };
}

export type SkipProblem = { path: (string | number)[]; message: string };

/**
 * The skip logic as the contract states it, from the definition: a question not asked for a group (Q1 no, Q2 never,
 * Q5 for tobacco) must be absent; one that is asked must be answered. Every violation, with the offending path.
 */
export function assistSkipProblems(
  substances: Partial<Record<AssistSubstance, AssistSubstanceAnswers>>,
  definition: AssistDefinition = ASSIST_V3,
): SkipProblem[] {
  const problems: SkipProblem[] = [];
  for (const { key: substance } of definition.substances) {
    const answers = substances[substance];
    if (!answers) continue;
    for (const question of perSubstanceQuestions(definition)) {
      const path = ['answers', 'substances', substance, question.key];
      const present = answers[question.key] !== undefined;
      if (isAsked(question, substance, answers)) {
        if (!present) problems.push({ path, message: 'assist.required' });
        continue;
      }
      if (!present) continue;
      let message = 'assist.not_asked_for_substance';
      if (!answers.q1) message = 'assist.absent_when_never_used';
      else if (!question.notFor.includes(substance) && question.askedWhen === 'used_past_3_months')
        message = 'assist.absent_when_not_recent';
      problems.push({ path, message });
    }
  }
  return problems;
}
