import { type CampaignChannel, CHANNEL_METRICS, type ReachMetric, type ReachMetrics } from '@atensi/contracts';

/**
 * Which recorded metrics count people, per channel (ADR 0011). Impressions, airings and engagements are kept but are
 * not people; unique reach is. A live event's people are its attendees plus any broadcast or stream audience.
 * Print counts one reader per copy distributed (conservative: a banner or brochure is read by more).
 */
export function peopleReached(channel: CampaignChannel, metrics: ReachMetrics): number | null {
  const value = (metric: ReachMetric) => metrics[metric] ?? null;
  const sum = (...values: (number | null)[]) =>
    values.every((v) => v === null) ? null : values.reduce<number>((total, v) => total + (v ?? 0), 0);
  switch (channel) {
    case 'tv':
    case 'radio':
      return value('audienceEstimate');
    case 'social_media':
    case 'advertisement':
      return value('reach');
    case 'print':
      return value('copiesDistributed');
    case 'talkshow':
    case 'arts_culture':
    case 'concert':
    case 'film':
      return sum(value('attendees'), value('audienceEstimate'));
    case 'other': {
      // Mixed formats: the largest people-count recorded, so one audience is never counted twice.
      const counts = (['attendees', 'audienceEstimate', 'reach', 'copiesDistributed'] as const).flatMap((metric) => {
        const recorded = value(metric);
        return recorded === null ? [] : [recorded];
      });
      return counts.length === 0 ? null : Math.max(...counts);
    }
    default: {
      const unknown: never = channel;
      throw new Error(`unknown channel ${String(unknown)}`);
    }
  }
}

/** Metrics given that do not fit the channel (copies distributed of a TV spot). */
export function misfitMetrics(channel: CampaignChannel, metrics: ReachMetrics): ReachMetric[] {
  const allowed = CHANNEL_METRICS[channel];
  return (Object.keys(metrics) as ReachMetric[]).filter(
    (metric) => metrics[metric] !== null && metrics[metric] !== undefined && !allowed.includes(metric),
  );
}

/** Rupiah per person reached, to the rupiah; null without a cost or without people. */
export function costPerPerson(costIdr: number | null, people: number | null): number | null {
  if (costIdr === null || people === null || people === 0) return null;
  return Math.round((costIdr / people) * 100) / 100;
}
