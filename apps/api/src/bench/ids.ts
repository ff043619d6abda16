import type { Random } from './random.js';

const HEX: string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex = (byte: number) => HEX[byte & 0xff] ?? '00';

/**
 * A UUIDv7 (RFC 9562) for a record made at `ms`: the layout of `platform/db/uuid.ts` (48 bits of Unix
 * milliseconds, version 7, variant 10), with the 74 other bits from the generator's seeded random numbers, so a
 * generated country keeps its keys from one run to the next and they sort by creation time as the product's do.
 */
export function uuidv7At(ms: number, random: Random): string {
  const high = Math.floor(ms / 65_536);
  const low = ms % 65_536;
  const a = random.uint32();
  const b = random.uint32();
  const c = random.uint32();
  const time = `${hex(high >>> 24)}${hex(high >>> 16)}${hex(high >>> 8)}${hex(high)}-${hex(low >>> 8)}${hex(low)}`;
  const version = `7${(a & 0xfff).toString(16).padStart(3, '0')}`;
  const variant = (0x8000 | ((a >>> 12) & 0x3fff)).toString(16);
  const tail = ((b >>> 0).toString(16).padStart(8, '0') + (c & 0xffff).toString(16).padStart(4, '0')).slice(0, 12);
  return `${time}-${version}-${variant}-${tail}`;
}
