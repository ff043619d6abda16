import { normaliseRegionCode, RegionCodeInput, regionLevelOf } from '@atensi/contracts';
import { describe, expect, test } from 'vitest';
import { ancestorCodes } from './regions.service.js';

describe('region codes', () => {
  test.each([
    ['3204122001', '32.04.12.2001', 'village'],
    ['32.04.12', '32.04.12', 'district'],
    ['3204', '32.04', 'regency'],
    ['32', '32', 'province'],
  ] as const)('%s normalises to %s (%s)', (input, code, level) => {
    expect(normaliseRegionCode(input)).toBe(code);
    expect(regionLevelOf(code)).toBe(level);
    expect(RegionCodeInput.safeParse(input).success).toBe(true);
  });

  test.each(['3', '320', '32.04.1', '32..04', '32.04.12.200', 'ab', '32.04.12.20011'])(
    '%s is not a region code',
    (input) => {
      expect(RegionCodeInput.safeParse(input).success).toBe(false);
    },
  );

  test('ancestors run from the province down', () => {
    expect(ancestorCodes('32.04.12.2001')).toEqual(['32', '32.04', '32.04.12']);
    expect(ancestorCodes('32')).toEqual([]);
  });
});
