import type { BimtekSummary } from '@atensi/contracts';

/** What a bimtek's certificate rules need to know about one participant. */
export type ParticipantScores = {
  attended: boolean;
  attendedDays: number | null;
  preTestScore: number | null;
  postTestScore: number | null;
};

export type BimtekRules = { days: number; passMark: number; minAttendancePercent: number };

export type Eligibility = { isEligible: boolean; reason: 'attendance' | 'post_test' | 'scores_missing' | null };

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Days attended: as recorded, or every day for someone marked present without a day count. */
export function daysAttended(participant: ParticipantScores, days: number): number {
  if (participant.attendedDays !== null) return Math.min(participant.attendedDays, days);
  return participant.attended ? days : 0;
}

/**
 * Who earns the certificate: attendance of at least `minAttendancePercent` of the days, then a post-test at or above
 * the pass mark. Reasons are checked in that order, so a participant sees the first thing missing.
 */
export function eligibilityOf(participant: ParticipantScores, rules: BimtekRules): Eligibility {
  const attendedPercent = rules.days > 0 ? (daysAttended(participant, rules.days) / rules.days) * 100 : 0;
  if (attendedPercent < rules.minAttendancePercent) return { isEligible: false, reason: 'attendance' };
  if (participant.postTestScore === null) return { isEligible: false, reason: 'scores_missing' };
  if (participant.postTestScore < rules.passMark) return { isEligible: false, reason: 'post_test' };
  return { isEligible: true, reason: null };
}

/** Post minus pre, in points, when both scores are recorded. */
export function improvementOf(participant: ParticipantScores): number | null {
  if (participant.preTestScore === null || participant.postTestScore === null) return null;
  return round2(participant.postTestScore - participant.preTestScore);
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/**
 * The event's results: mean pre- and post-test over those who sat each, mean improvement over those who sat both,
 * and the mean normalised gain (Hake 1998: (post - pre) / (100 - pre), over those whose pre-test left room to gain),
 * which compares events whose groups started at different levels.
 */
export function summariseBimtek(
  participants: readonly ParticipantScores[],
  rules: BimtekRules,
  certificatesIssued: number,
): BimtekSummary {
  const pre = participants.flatMap((p) => (p.preTestScore === null ? [] : [p.preTestScore]));
  const post = participants.flatMap((p) => (p.postTestScore === null ? [] : [p.postTestScore]));
  const both = participants.filter((p) => p.preTestScore !== null && p.postTestScore !== null) as {
    preTestScore: number;
    postTestScore: number;
  }[];
  const gains = both
    .filter((p) => p.preTestScore < 100)
    .map((p) => (p.postTestScore - p.preTestScore) / (100 - p.preTestScore));
  const offered = participants.length * rules.days;
  const attended = participants.reduce((sum, p) => sum + daysAttended(p, rules.days), 0);
  return {
    participants: participants.length,
    withBothScores: both.length,
    meanPreTest: mean(pre),
    meanPostTest: mean(post),
    meanImprovement: mean(both.map((p) => p.postTestScore - p.preTestScore)),
    meanNormalisedGain:
      gains.length === 0 ? null : Math.round((gains.reduce((s, g) => s + g, 0) / gains.length) * 1000) / 1000,
    improved: both.filter((p) => p.postTestScore > p.preTestScore).length,
    passed: post.filter((score) => score >= rules.passMark).length,
    eligible: participants.filter((p) => eligibilityOf(p, rules).isEligible).length,
    certificatesIssued,
    attendanceRate: offered === 0 ? null : Math.round((attended / offered) * 1000) / 1000,
  };
}

/** Days from the first to the last day, both counted. */
export function eventDays(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1;
}
