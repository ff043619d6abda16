import { describe, expect, test } from 'vitest';
import { type RatedItem, ratingValue, scoreVisit } from './supervision-score.js';

describe('supervision score', () => {
  test('each rating earns its share', () => {
    expect(['met', 'partial', 'not_met', 'not_applicable'].map((r) => ratingValue(r as never))).toEqual([
      1,
      0.5,
      0,
      null,
    ]);
  });

  test('weighted, partial half, not applicable left out; by area too', () => {
    const items: RatedItem[] = [
      { area: 'staffing', weight: 2, rating: 'met' }, // 2 of 2
      { area: 'staffing', weight: 1, rating: 'partial' }, // 0.5 of 1
      { area: 'certification', weight: 3, rating: 'not_met' }, // 0 of 3
      { area: 'facilities', weight: 1, rating: 'not_applicable' }, // out
      { area: 'records_quality', weight: 1, rating: null }, // not yet rated
    ];
    const result = scoreVisit(items);
    // (2 + 0.5 + 0) / (2 + 1 + 3) = 2.5 / 6 = 41.67%
    expect(result.score).toBe(41.67);
    expect(result.answered).toBe(4);
    expect(result.areaScores).toEqual([
      { area: 'staffing', score: 83.33, rated: 2 },
      { area: 'certification', score: 0, rated: 1 },
      { area: 'records_quality', score: null, rated: 0 },
      { area: 'facilities', score: null, rated: 1 },
      { area: 'service_standards', score: null, rated: 0 },
    ]);
  });

  test('nothing applicable rated: no score', () => {
    expect(scoreVisit([{ area: 'staffing', weight: 1, rating: 'not_applicable' }]).score).toBeNull();
    expect(scoreVisit([]).score).toBeNull();
    expect(scoreVisit([{ area: 'staffing', weight: 5, rating: 'met' }]).score).toBe(100);
  });
});
