import { ASSIST_SUBSTANCES, assistSkipProblems, CreateScreeningInput } from '@atensi/contracts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSIST_CASES, ASSIST_VIOLATIONS } from '../../test/assist-cases.js';
import { riskOf, scoreAssist, substanceScore } from './assist-score.js';

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
        const score = substanceScore(given);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(substance === 'tobacco' ? 31 : 39);
      }),
    );
  });

  test.each(ASSIST_VIOLATIONS.map((item) => [item.name, item] as const))('skip logic refuses: %s', (_name, item) => {
    const parsed = CreateScreeningInput.safeParse({ instrument: 'assist-3.0', answers: item.answers });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => `body.${issue.path.join('.')}`) ?? [];
    expect(paths).toContain(item.path);
  });
});
