import { z } from 'zod';

/**
 * Kemendagri administrative levels. Codes are `PP` (province), `PP.KK` (regency/city: 01-69 kabupaten,
 * 71-99 kota), `PP.KK.CC` (district, kecamatan) and `PP.KK.CC.DDDD` (village, desa/kelurahan).
 */
export const RegionLevel = z.enum(['province', 'regency', 'district', 'village']);
export type RegionLevel = z.infer<typeof RegionLevel>;

const regionCodePattern = /^\d{2}(\.?\d{2}(\.?\d{2}(\.?\d{4})?)?)?$/;

/** A region code with or without dots (`32.04.12.2001` or `3204122001`). */
export const RegionCodeInput = z
  .string()
  .trim()
  .regex(regionCodePattern, { error: 'region.code_format' })
  .meta({ description: 'Kemendagri code with or without dots, e.g. 32.04.12 or 3204122001', example: '32.04.12' });

export const Region = z
  .object({
    code: z.string().meta({ example: '32.04.12.2001' }),
    name: z.string(),
    level: RegionLevel,
    parentCode: z.string().nullable(),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof Region>;

export const RegionDetail = Region.extend({
  /** From the province down to the parent, in that order. */
  ancestors: z.array(Region),
  childCount: z.number().int(),
}).meta({ id: 'RegionDetail' });
export type RegionDetail = z.infer<typeof RegionDetail>;

export const RegionListQuery = z
  .object({
    level: RegionLevel.optional(),
    parentCode: RegionCodeInput.optional(),
    q: z.string().trim().min(2, { error: 'region.query_too_short' }).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type RegionListQuery = z.infer<typeof RegionListQuery>;

/** A search hit carries its ancestors' names so a picker can tell two villages called "Sukamaju" apart. */
export const RegionListItem = Region.extend({
  path: z.string().meta({ description: 'Names from the province down to this region, joined by " › "' }),
}).meta({ id: 'RegionListItem' });
export type RegionListItem = z.infer<typeof RegionListItem>;

export const RegionList = z.object({
  items: z.array(RegionListItem),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type RegionList = z.infer<typeof RegionList>;

export const RegionParams = z.object({ code: RegionCodeInput }).strict();

/** Normalises a code to the dotted form stored in the database (`3204122001` -> `32.04.12.2001`). */
export function normaliseRegionCode(input: string): string {
  const digits = input.replace(/\./g, '');
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6, 10)];
  return parts.filter((part) => part.length > 0).join('.');
}

/** The level a code names, from its length. */
export function regionLevelOf(code: string): RegionLevel {
  const digits = code.replace(/\./g, '').length;
  if (digits <= 2) return 'province';
  if (digits <= 4) return 'regency';
  if (digits <= 6) return 'district';
  return 'village';
}
