import type { AssistFrequency, AssistRecency, AssistSubstance, AssistSubstanceAnswers } from '@atensi/contracts';
import type { Random } from './random.js';

export type AssistAnswers = { substances: Partial<Record<AssistSubstance, AssistSubstanceAnswers>>; q8: AssistRecency };

/** The main substance of people in care in Indonesia (sabu first), by share. */
const MAIN_SUBSTANCE: Record<Exclude<AssistSubstance, 'tobacco'>, number> = {
  amphetamines: 52,
  cannabis: 22,
  alcohol: 9,
  sedatives: 6,
  inhalants: 4,
  opioids: 3,
  hallucinogens: 2,
  cocaine: 1,
  other: 1,
};

const FREQUENCIES: AssistFrequency[] = ['never', 'once_or_twice', 'monthly', 'weekly', 'daily'];
const RECENCIES: AssistRecency[] = ['never', 'earlier', 'past_3_months'];

function used(random: Random, substance: AssistSubstance, intensity: number): AssistSubstanceAnswers {
  // intensity 0..4 sets how often; the follow-up questions lean the same way.
  const q2 = FREQUENCIES[Math.min(4, Math.max(0, intensity + random.int(-1, 0)))] ?? 'never';
  const lean = (shift: number) =>
    FREQUENCIES[Math.min(4, Math.max(0, intensity + shift + random.int(-2, 0)))] ?? 'never';
  const recency = () => RECENCIES[Math.min(2, Math.max(0, Math.round(intensity / 2) + random.int(-1, 0)))] ?? 'never';
  const answers: AssistSubstanceAnswers = { q1: true, q2, q6: recency(), q7: recency() };
  if (q2 !== 'never') {
    answers.q3 = lean(0);
    answers.q4 = lean(-1);
    if (substance !== 'tobacco') answers.q5 = lean(-1);
  }
  return answers;
}

/**
 * Answers of a person who uses drugs, following the ASSIST skip logic: a main substance at the intensity of the
 * person's problem, often tobacco and sometimes a second drug; scored by the product's own `scoreAssist`.
 */
export function drugUseAnswers(random: Random, severity: number): AssistAnswers {
  const main = random.weighted(MAIN_SUBSTANCE);
  const substances: AssistAnswers['substances'] = { [main]: used(random, main, severity) };
  if (random.chance(0.85)) substances.tobacco = used(random, 'tobacco', random.int(3, 4));
  if (random.chance(0.3)) {
    const second = random.weighted(MAIN_SUBSTANCE);
    if (second !== main) substances[second] = used(random, second, Math.max(0, severity - 2));
  }
  const q8: AssistRecency = severity >= 3 && random.chance(0.08) ? random.pick(['past_3_months', 'earlier']) : 'never';
  return { substances, q8 };
}

/** A screening that finds no drug use (tobacco at most): no further action, the case stays in screening. */
export function noDrugAnswers(random: Random): AssistAnswers {
  return random.chance(0.7)
    ? { substances: { tobacco: used(random, 'tobacco', 4) }, q8: 'never' }
    : { substances: {}, q8: 'never' };
}
