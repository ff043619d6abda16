import { CHECKLIST_AREAS, type ChecklistArea, type ChecklistRating } from '@atensi/contracts';

/** What each rating earns of an item's weight; `not_applicable` leaves the item out of the score. */
export function ratingValue(rating: ChecklistRating): number | null {
  switch (rating) {
    case 'met':
      return 1;
    case 'partial':
      return 0.5;
    case 'not_met':
      return 0;
    case 'not_applicable':
      return null;
    default: {
      const unknown: never = rating;
      throw new Error(`unknown rating ${String(unknown)}`);
    }
  }
}

export type RatedItem = { area: ChecklistArea; weight: number; rating: ChecklistRating | null };

function weighted(items: readonly RatedItem[]): number | null {
  let earned = 0;
  let possible = 0;
  for (const item of items) {
    if (item.rating === null) continue;
    const value = ratingValue(item.rating);
    if (value === null) continue;
    earned += value * item.weight;
    possible += item.weight;
  }
  return possible === 0 ? null : Math.round((earned / possible) * 10_000) / 100;
}

/**
 * A visit's score, 0 to 100: the weighted share of what was met (partial counts half) among the items that apply;
 * null while nothing applicable is rated. The same per area (staffing, certification, records quality, facilities,
 * service standards), so the board shows where an institution falls short.
 */
export function scoreVisit(items: readonly RatedItem[]): {
  score: number | null;
  answered: number;
  areaScores: { area: ChecklistArea; score: number | null; rated: number }[];
} {
  return {
    score: weighted(items),
    answered: items.filter((item) => item.rating !== null).length,
    areaScores: CHECKLIST_AREAS.map((area) => {
      const inArea = items.filter((item) => item.area === area);
      return { area, score: weighted(inArea), rated: inArea.filter((item) => item.rating !== null).length };
    }),
  };
}
