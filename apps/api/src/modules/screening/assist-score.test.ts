import {
  ASSIST_SUBSTANCES,
  ASSIST_V3,
  AssistDefinition,
  assistSkipProblems,
  CreateScreeningInput,
  maximumScore,
  questionsFor,
  riskOf,
  scoreAssist,
  substanceScore,
} from '@atensi/contracts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSIST_CASES, ASSIST_VIOLATIONS } from '../../test/assist-cases.js';

describe('ASSIST v3.0 scoring', () => {
  test(`the table has at least 40 answer sets (${ASSIST_CASES.length})`, () => {
    expect(ASSIST_CASES.length).toBeGreaterThanOrEqual(30);
    expect(ASSIST_CASES.length + ASSIST_VIOLATIONS.length).toBeGreaterThanOrEqual(40);
  });

  test.each(ASSIST_CASES.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    expect(CreateScreeningInput.safeParse({ instrument: 'assist-3.0', answers: item.answers }).success).toBe(true);
    const result = scoreAssist(item.answers);
    expect(result.results).toStrictEqual(item.results);
    expect(result.routingRisk).toBe(item.routingRisk);
    expect(result.injectingRisk).toBe(item.injectingRisk);
    expect(result.nextStep).toBe(item.nextStep);
  });

  test.each([
    ['alcohol', 10, 'low'],
    ['alcohol', 11, 'moderate'],
    ['alcohol', 26, 'moderate'],
    ['alcohol', 27, 'high'],
    ['cannabis', 3, 'low'],
    ['cannabis', 4, 'moderate'],
    ['tobacco', 3, 'low'],
    ['tobacco', 4, 'moderate'],
    ['opioids', 26, 'moderate'],
    ['opioids', 27, 'high'],
  ] as const)('%s at %i is %s', (substance, score, risk) => {
    expect(riskOf(substance, score)).toBe(risk);
  });

  test('scores stay within 0 to 39 (31 for tobacco) for every valid answer set (property)', () => {
    const frequency = fc.constantFrom('never', 'once_or_twice', 'monthly', 'weekly', 'daily' as const);
    const recency = fc.constantFrom('never', 'past_3_months', 'earlier' as const);
    const answers = fc
      .record({
        substance: fc.constantFrom(...ASSIST_SUBSTANCES),
        q2: frequency,
        q3: frequency,
        q4: frequency,
        q5: frequency,
        q6: recency,
        q7: recency,
      })
      .map(({ substance, q2, q3, q4, q5, q6, q7 }) => {
        const recent = q2 !== 'never';
        return {
          substance,
          answers: {
            q1: true,
            q2,
            ...(recent ? { q3, q4, ...(substance === 'tobacco' ? {} : { q5 }) } : {}),
            q6,
            q7,
          },
        };
      });
    fc.assert(
      fc.property(answers, ({ substance, answers: given }) => {
        expect(assistSkipProblems({ [substance]: given })).toStrictEqual([]);
        const score = substanceScore(substance, given);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(substance === 'tobacco' ? 31 : 39);
      }),
    );
  });

  test('the definition is valid, names every substance group once, and reaches 39 (31 for tobacco)', () => {
    expect(AssistDefinition.safeParse(ASSIST_V3).success).toBe(true);
    expect(ASSIST_V3.substances.map((item) => item.key)).toStrictEqual([...ASSIST_SUBSTANCES]);
    for (const substance of ASSIST_SUBSTANCES) {
      expect(maximumScore(substance)).toBe(substance === 'tobacco' ? 31 : 39);
    }
    // Every question and option has both languages; every per-substance question names the substance.
    for (const question of ASSIST_V3.questions) {
      expect(question.text.id.includes('{substance}')).toBe(question.perSubstance);
      expect(question.text.en.includes('{substance}')).toBe(question.perSubstance);
    }
  });

  test('the questions asked follow the skip logic as the worker goes', () => {
    const keys = (substance: (typeof ASSIST_SUBSTANCES)[number], answers: Parameters<typeof questionsFor>[1]) =>
      questionsFor(substance, answers).map((question) => question.key);
    expect(keys('alcohol', { q1: false })).toStrictEqual(['q1']);
    expect(keys('alcohol', { q1: true })).toStrictEqual(['q1', 'q2', 'q6', 'q7']);
    expect(keys('alcohol', { q1: true, q2: 'never' })).toStrictEqual(['q1', 'q2', 'q6', 'q7']);
    expect(keys('alcohol', { q1: true, q2: 'weekly' })).toStrictEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7']);
    expect(keys('tobacco', { q1: true, q2: 'daily' })).toStrictEqual(['q1', 'q2', 'q3', 'q4', 'q6', 'q7']);
  });

  test('a changed definition scores with its own weights and bands, and the one in force is untouched', () => {
    // A hypothetical revision: Q2 "daily" weighs 8 instead of 6, and alcohol's low band ends at 12.
    const revised: AssistDefinition = structuredClone(ASSIST_V3);
    const q2 = revised.questions.find((question) => question.key === 'q2');
    const daily = q2?.options.find((option) => option.value === 'daily');
    if (!daily) throw new Error('no Q2 daily');
    daily.weight = 8;
    const alcohol = revised.substances.find((item) => item.key === 'alcohol');
    if (!alcohol) throw new Error('no alcohol');
    alcohol.lowUpTo = 12;
    const answers = { q1: true, q2: 'daily', q3: 'never', q4: 'never', q5: 'never', q6: 'never', q7: 'never' } as const;
    expect(substanceScore('alcohol', answers)).toBe(6);
    expect(substanceScore('alcohol', answers, revised)).toBe(8);
    expect(riskOf('alcohol', 11)).toBe('moderate');
    expect(riskOf('alcohol', 11, revised)).toBe('low');
  });

  test.each(ASSIST_VIOLATIONS.map((item) => [item.name, item] as const))('skip logic refuses: %s', (_name, item) => {
    const parsed = CreateScreeningInput.safeParse({ instrument: 'assist-3.0', answers: item.answers });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => `body.${issue.path.join('.')}`) ?? [];
    expect(paths).toContain(item.path);
  });
});
