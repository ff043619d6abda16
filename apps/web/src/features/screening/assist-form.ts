import {
  type AssistDefinition,
  type AssistRecency,
  type AssistSubstance,
  type AssistSubstanceAnswers,
  type CreateScreeningInput,
  questionsFor,
  scoreAssist,
  substanceScore,
} from '@atensi/contracts';

// The ASSIST form's state as the worker fills it in, one substance group at a time: pure, so the skip logic and the
// live score are tested without a browser, with the same scoring as the API (`@atensi/contracts`).

export type Detail = Partial<Omit<AssistSubstanceAnswers, 'q1'>>;

export type AssistFormState = {
  /** Q1 per substance group: undefined until the worker asks it. */
  lifetime: Partial<Record<AssistSubstance, boolean>>;
  /** Q2 to Q7 per substance group used, as answered (answers to questions no longer asked are ignored). */
  details: Partial<Record<AssistSubstance, Detail>>;
  q8: AssistRecency | undefined;
};

export const emptyAssistForm: AssistFormState = { lifetime: {}, details: {}, q8: undefined };

export type Step =
  | { kind: 'lifetime' }
  | { kind: 'substance'; substance: AssistSubstance }
  | { kind: 'injecting' }
  | { kind: 'review' };

/** The groups ever used, in the instrument's order. */
export function usedSubstances(state: AssistFormState, definition: AssistDefinition): AssistSubstance[] {
  return definition.substances.map((item) => item.key).filter((key) => state.lifetime[key] === true);
}

/** The steps of the interview: lifetime use, each group used, injecting (unless nothing was ever used), review. */
export function stepsOf(state: AssistFormState, definition: AssistDefinition): Step[] {
  const used = usedSubstances(state, definition);
  return [
    { kind: 'lifetime' },
    ...used.map((substance) => ({ kind: 'substance' as const, substance })),
    ...(used.length > 0 ? [{ kind: 'injecting' as const }] : []),
    { kind: 'review' },
  ];
}

/** A group's answers with only the questions the skip logic still asks (Q3 to Q5 go when Q2 becomes never). */
export function answersOf(
  state: AssistFormState,
  substance: AssistSubstance,
  definition: AssistDefinition,
): Partial<AssistSubstanceAnswers> & { q1: boolean } {
  if (state.lifetime[substance] !== true) return { q1: false };
  const given: AssistSubstanceAnswers = { q1: true, ...state.details[substance] };
  const asked = new Set(questionsFor(substance, given, definition).map((question) => question.key));
  const kept: Partial<AssistSubstanceAnswers> & { q1: boolean } = { q1: true };
  for (const key of ['q2', 'q3', 'q4', 'q5', 'q6', 'q7'] as const) {
    const value = given[key];
    if (asked.has(key) && value !== undefined) Object.assign(kept, { [key]: value });
  }
  return kept;
}

/** Whether every question asked of a step has its answer. */
export function isStepComplete(state: AssistFormState, step: Step, definition: AssistDefinition): boolean {
  switch (step.kind) {
    case 'lifetime':
      return definition.substances.every((item) => state.lifetime[item.key] !== undefined);
    case 'substance': {
      const answers = answersOf(state, step.substance, definition);
      return questionsFor(step.substance, answers as AssistSubstanceAnswers, definition).every(
        (question) => answers[question.key] !== undefined,
      );
    }
    case 'injecting':
      return state.q8 !== undefined;
    case 'review':
      return stepsOf(state, definition)
        .filter((other) => other.kind !== 'review')
        .every((other) => isStepComplete(state, other, definition));
    default: {
      const unknown: never = step;
      throw new Error(`unknown step ${JSON.stringify(unknown)}`);
    }
  }
}

/** The score so far of a group (unanswered questions count nothing yet). */
export function liveScore(state: AssistFormState, substance: AssistSubstance, definition: AssistDefinition): number {
  return substanceScore(substance, answersOf(state, substance, definition) as AssistSubstanceAnswers, definition);
}

/** The request the API scores: every group asked, with only the answers the skip logic allows. */
export function toScreeningInput(state: AssistFormState, definition: AssistDefinition): CreateScreeningInput {
  const substances: CreateScreeningInput['answers']['substances'] = {};
  for (const { key } of definition.substances) {
    if (state.lifetime[key] === undefined) continue;
    substances[key] = answersOf(state, key, definition) as AssistSubstanceAnswers;
  }
  const used = usedSubstances(state, definition).length > 0;
  return { instrument: 'assist-3.0', answers: { substances, q8: used ? (state.q8 ?? 'never') : 'never' } };
}

/** The result as it stands, for the live panel and the review step. */
export function previewOf(state: AssistFormState, definition: AssistDefinition) {
  return scoreAssist(toScreeningInput(state, definition).answers, definition);
}
