import { ASSIST_V3, CreateScreeningInput, scoreAssist } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import {
  type AssistFormState,
  emptyAssistForm,
  isStepComplete,
  liveScore,
  previewOf,
  stepsOf,
  toScreeningInput,
} from './assist-form';

const noneExcept = (used: Partial<AssistFormState['lifetime']>): AssistFormState['lifetime'] => ({
  ...Object.fromEntries(ASSIST_V3.substances.map((item) => [item.key, false])),
  ...used,
});

describe('the ASSIST form as the worker fills it in', () => {
  test('one step per substance group used, between lifetime use and injecting', () => {
    const state: AssistFormState = { ...emptyAssistForm, lifetime: noneExcept({ alcohol: true, cannabis: true }) };
    expect(
      stepsOf(state, ASSIST_V3).map((step) => (step.kind === 'substance' ? step.substance : step.kind)),
    ).toStrictEqual(['lifetime', 'alcohol', 'cannabis', 'injecting', 'review']);
    // Nothing ever used: no substance step and no injecting question.
    const none: AssistFormState = { ...emptyAssistForm, lifetime: noneExcept({}) };
    expect(stepsOf(none, ASSIST_V3).map((step) => step.kind)).toStrictEqual(['lifetime', 'review']);
    expect(toScreeningInput(none, ASSIST_V3).answers.q8).toBe('never');
  });

  test('lifetime use is complete only when every group is asked', () => {
    expect(isStepComplete({ ...emptyAssistForm, lifetime: { alcohol: true } }, { kind: 'lifetime' }, ASSIST_V3)).toBe(
      false,
    );
    expect(isStepComplete({ ...emptyAssistForm, lifetime: noneExcept({}) }, { kind: 'lifetime' }, ASSIST_V3)).toBe(
      true,
    );
  });

  test('answers to questions no longer asked are dropped, so the request passes the skip logic', () => {
    // The worker answered Q3 to Q5, then changed Q2 to never: Q3 to Q5 are not asked any more.
    const state: AssistFormState = {
      lifetime: noneExcept({ alcohol: true }),
      details: { alcohol: { q2: 'never', q3: 'daily', q4: 'daily', q5: 'daily', q6: 'earlier', q7: 'never' } },
      q8: 'never',
    };
    const input = toScreeningInput(state, ASSIST_V3);
    expect(input.answers.substances.alcohol).toStrictEqual({ q1: true, q2: 'never', q6: 'earlier', q7: 'never' });
    expect(CreateScreeningInput.safeParse(input).success).toBe(true);
    expect(liveScore(state, 'alcohol', ASSIST_V3)).toBe(3);
  });

  test('tobacco is never asked Q5, and a group step is complete when each question asked has an answer', () => {
    const state: AssistFormState = {
      lifetime: noneExcept({ tobacco: true }),
      details: { tobacco: { q2: 'daily', q3: 'daily', q4: 'never', q6: 'never', q7: 'never' } },
      q8: undefined,
    };
    expect(isStepComplete(state, { kind: 'substance', substance: 'tobacco' }, ASSIST_V3)).toBe(true);
    expect(isStepComplete(state, { kind: 'injecting' }, ASSIST_V3)).toBe(false);
    expect(isStepComplete(state, { kind: 'review' }, ASSIST_V3)).toBe(false);
  });

  test('the live preview is the API’s scoring of the same request: moderate alcohol and low cannabis', () => {
    const state: AssistFormState = {
      lifetime: noneExcept({ alcohol: true, cannabis: true }),
      details: {
        alcohol: { q2: 'weekly', q3: 'monthly', q4: 'once_or_twice', q5: 'never', q6: 'past_3_months', q7: 'never' },
        cannabis: { q2: 'never', q6: 'earlier', q7: 'never' },
      },
      q8: 'never',
    };
    const preview = previewOf(state, ASSIST_V3);
    expect(preview).toStrictEqual(scoreAssist(toScreeningInput(state, ASSIST_V3).answers));
    expect(preview.results).toStrictEqual({
      alcohol: { score: 18, risk: 'moderate' },
      cannabis: { score: 3, risk: 'low' },
    });
    expect(preview.nextStep).toBe('further_assessment');
  });
});
