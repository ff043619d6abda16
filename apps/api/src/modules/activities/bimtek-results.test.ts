import { describe, expect, test } from 'vitest';
import { eligibilityOf, eventDays, improvementOf, type ParticipantScores, summariseBimtek } from './bimtek-results.js';

const rules = { days: 3, passMark: 70, minAttendancePercent: 80 };
const person = (values: Partial<ParticipantScores>): ParticipantScores => ({
  attended: true,
  attendedDays: null,
  preTestScore: null,
  postTestScore: null,
  ...values,
});

describe('bimtek certificate eligibility', () => {
  test.each([
    // 3 days, 80% needed: 2 of 3 days is 66.7%, refused; 3 of 3 passes.
    [
      { attendedDays: 2, postTestScore: 90 },
      { isEligible: false, reason: 'attendance' },
    ],
    [
      { attendedDays: 3, postTestScore: 90 },
      { isEligible: true, reason: null },
    ],
    // Present without a day count: every day.
    [{ postTestScore: 70 }, { isEligible: true, reason: null }],
    // The pass mark itself passes; just below does not.
    [{ postTestScore: 69.99 }, { isEligible: false, reason: 'post_test' }],
    [{ attendedDays: 3 }, { isEligible: false, reason: 'scores_missing' }],
    // Absence is checked first, whatever the score.
    [
      { attended: false, postTestScore: 100 },
      { isEligible: false, reason: 'attendance' },
    ],
  ] as const)('%o -> %o', (values, expected) => {
    expect(eligibilityOf(person(values), rules)).toEqual(expected);
  });

  test('more days recorded than the event had count as all of them', () => {
    expect(eligibilityOf(person({ attendedDays: 9, postTestScore: 80 }), rules).isEligible).toBe(true);
  });
});

describe('bimtek results of an event', () => {
  test('means, improvement, normalised gain, passes and attendance, computed by hand', () => {
    const participants = [
      person({ preTestScore: 40, postTestScore: 80 }), // +40, gain 40/60 = 0.6667
      person({ preTestScore: 60, postTestScore: 70 }), // +10, gain 10/40 = 0.25
      person({ preTestScore: 100, postTestScore: 90 }), // -10, no room to gain: left out of the gain
      person({ preTestScore: 50, attendedDays: 1 }), // no post-test: out of improvement
    ];
    const summary = summariseBimtek(participants, rules, 2);
    expect(summary).toEqual({
      participants: 4,
      withBothScores: 3,
      meanPreTest: 62.5, // (40 + 60 + 100 + 50) / 4
      meanPostTest: 80, // (80 + 70 + 90) / 3
      meanImprovement: 13.33, // (40 + 10 - 10) / 3
      meanNormalisedGain: 0.458, // (0.6667 + 0.25) / 2
      improved: 2,
      passed: 3,
      eligible: 3,
      certificatesIssued: 2,
      attendanceRate: 0.833, // (3 + 3 + 3 + 1) / 12
    });
    expect(improvementOf(participants[2] as ParticipantScores)).toBe(-10);
  });

  test('an event without scores has no means', () => {
    const summary = summariseBimtek([person({})], rules, 0);
    expect(summary.meanPreTest).toBeNull();
    expect(summary.meanImprovement).toBeNull();
    expect(summary.meanNormalisedGain).toBeNull();
    expect(summariseBimtek([], rules, 0).attendanceRate).toBeNull();
  });

  test('days of an event count both ends', () => {
    expect(eventDays('2026-03-02', '2026-03-02')).toBe(1);
    expect(eventDays('2026-02-27', '2026-03-02')).toBe(4);
  });
});
