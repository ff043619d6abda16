import { SMALL_COUNT_THRESHOLD } from '@atensi/contracts';

/**
 * Primary small-count suppression: a count from 1 to SMALL_COUNT_THRESHOLD - 1 is withheld (`null`), so that no
 * report points at one or two people in rehabilitation; 0 and larger counts are shown as they are.
 */
export function suppress(count: number): number | null {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? null : count;
}

/** The first day of a `YYYY-MM` month, and the first day of the month after `to`: a half-open period. */
export function monthPeriod(from: string, to: string): { start: string; end: string } {
  const [year = 0, month = 1] = to.split('-').map(Number);
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return { start: `${from}-01`, end: `${next}-01` };
}
