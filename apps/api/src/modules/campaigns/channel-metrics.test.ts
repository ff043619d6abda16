import { CAMPAIGN_CHANNELS } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import { costPerPerson, misfitMetrics, peopleReached } from './channel-metrics.js';

describe('people reached per channel', () => {
  test.each([
    ['tv', { audienceEstimate: 2_000_000, airings: 30 }, 2_000_000],
    ['radio', { audienceEstimate: 150_000 }, 150_000],
    // Impressions are not people: only unique reach counts.
    ['social_media', { impressions: 900_000, reach: 300_000, engagements: 12_000 }, 300_000],
    ['social_media', { impressions: 900_000 }, null],
    ['advertisement', { impressions: 50_000, reach: 20_000 }, 20_000],
    ['print', { copiesDistributed: 5_000 }, 5_000],
    // A talkshow in the hall and on air.
    ['talkshow', { attendees: 250, audienceEstimate: 40_000 }, 40_250],
    ['concert', { attendees: 3_000 }, 3_000],
    ['film', { audienceEstimate: 1_200 }, 1_200],
    ['arts_culture', {}, null],
    // Mixed: the largest, never a sum of overlapping audiences.
    ['other', { attendees: 400, reach: 1_000 }, 1_000],
    ['other', {}, null],
  ] as const)('%s %o -> %s', (channel, metrics, expected) => {
    expect(peopleReached(channel, metrics)).toBe(expected);
  });

  test('every channel has a rule', () => {
    for (const channel of CAMPAIGN_CHANNELS) expect(() => peopleReached(channel, {})).not.toThrow();
  });

  test('metrics that do not fit the channel are named', () => {
    expect(misfitMetrics('tv', { audienceEstimate: 1, copiesDistributed: 5, attendees: null })).toEqual([
      'copiesDistributed',
    ]);
    expect(misfitMetrics('print', { copiesDistributed: 5 })).toEqual([]);
    expect(misfitMetrics('other', { impressions: 1, attendees: 2 })).toEqual([]);
  });

  test('cost per person reached', () => {
    expect(costPerPerson(50_000_000, 2_000_000)).toBe(25);
    expect(costPerPerson(10_000_000, 3)).toBe(3_333_333.33);
    expect(costPerPerson(null, 100)).toBeNull();
    expect(costPerPerson(100, 0)).toBeNull();
    expect(costPerPerson(100, null)).toBeNull();
  });
});
