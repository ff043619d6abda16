import type { RegionLevel } from '@atensi/contracts';
import type { MantineColor } from '@mantine/core';

/** From the top of the hierarchy down; the order of the level filter. */
export const regionLevels = ['province', 'regency', 'district', 'village'] as const satisfies readonly RegionLevel[];

export function isRegionLevel(value: unknown): value is RegionLevel {
  return typeof value === 'string' && (regionLevels as readonly string[]).includes(value);
}

export function regionLevelColor(level: RegionLevel): MantineColor {
  switch (level) {
    case 'province':
      return 'indigo';
    case 'regency':
      return 'teal';
    case 'district':
      return 'cyan';
    case 'village':
      return 'gray';
  }
}
