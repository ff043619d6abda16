import { describe, expect, test } from 'vitest';
import { shareTable, wilsonInterval, Z_95 } from './survey-stats.js';

describe('Wilson score interval, against hand computation', () => {
  test('40 of 100 (the seed’s TV share on a sample of 100)', () => {
    // p = 0.4, n = 100, z = 1.959964, z² = 3.841459
    // denominator = 1 + 3.841459/100 = 1.03841459
    // centre = (0.4 + 3.841459/200) / 1.03841459 = (0.4 + 0.01920729) / 1.03841459 = 0.41920729 / 1.03841459
    //        = 0.403699
    // half   = 1.959964 · sqrt(0.4·0.6/100 + 3.841459/40000) / 1.03841459
    //        = 1.959964 · sqrt(0.0024 + 0.00009604) / 1.03841459 = 1.959964 · sqrt(0.00249604) / 1.03841459
    //        = 1.959964 · 0.04996038 / 1.03841459 = 0.09792055 / 1.03841459 = 0.094298
    // interval = [0.403699 - 0.094298, 0.403699 + 0.094298] = [0.309401, 0.497997]
    const interval = wilsonInterval(40, 100);
    expect(interval?.low).toBeCloseTo(0.3094, 4);
    expect(interval?.high).toBeCloseTo(0.498, 4);
  });

  test('0 of 20: Wald would say [0, 0]; Wilson keeps an upper bound', () => {
    // p = 0: centre = (z²/40) / (1 + z²/20) = 0.09603648 / 1.19207295 = 0.080563
    //        half = z · sqrt(z²/1600) / 1.19207295 = z²/40 / 1.19207295 = 0.080563 (so low = 0)
    // high = 0.161125
    const interval = wilsonInterval(0, 20);
    expect(interval?.low).toBe(0);
    expect(interval?.high).toBeCloseTo(0.1611, 4);
  });

  test('all of them, one of one, nobody asked', () => {
    expect(wilsonInterval(20, 20)?.high).toBe(1);
    expect(wilsonInterval(20, 20)?.low).toBeCloseTo(1 - 0.1611, 4);
    // n = 1, x = 1: centre = (1 + z²/2)/(1 + z²) = 2.9207295/4.841459 = 0.603275; half = z·sqrt(z²/4)/(1+z²)
    //   = z²/2 / 4.841459 = 1.9207295/4.841459 = 0.396725 -> [0.206549, 1]
    expect(wilsonInterval(1, 1)?.low).toBeCloseTo(0.2065, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow();
    expect(Z_95).toBeCloseTo(1.96, 2);
  });

  test('a share table: shares of the respondents, each with its interval', () => {
    const table = shareTable(100, [
      { optionCode: 'tv', label: 'Televisi', count: 40 },
      { optionCode: 'social_media', label: 'Media sosial', count: 30 },
    ]);
    expect(table[0]).toEqual({
      optionCode: 'tv',
      label: 'Televisi',
      count: 40,
      share: 0.4,
      ciLow: 0.3094,
      ciHigh: 0.498,
    });
    // 30 of 100: centre = (0.3 + 0.01920729)/1.03841459 = 0.31920729/1.03841459 = 0.307399
    //   half = z·sqrt(0.3·0.7/100 + 0.00009604)/1.03841459 = 1.959964 · sqrt(0.00219604) / 1.03841459
    //        = 1.959964 · 0.04686193 / 1.03841459 = 0.088450 -> [0.218949, 0.395849], rounded [0.2189, 0.3958]
    expect(table[1]).toMatchObject({ share: 0.3, ciLow: 0.2189, ciHigh: 0.3958 });
    expect(shareTable(0, [{ optionCode: 'tv', label: 'TV', count: 0 }])[0]?.share).toBeNull();
  });
});
