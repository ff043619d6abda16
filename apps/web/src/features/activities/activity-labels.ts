import type { Language } from '@atensi/contracts';

/** Rupiah as an Indonesian reader expects it: "Rp 1.250.000". */
export function formatRupiah(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: value < 100 ? 2 : 0,
  }).format(value);
}

export function formatNumber(value: number | null | undefined, language: Language, digits = 0): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/** "12 Mar 2026" or "12–14 Mar 2026". */
export function formatPeriod(startsOn: string, endsOn: string, language: Language): string {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const format = (day: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(`${day}T00:00:00Z`));
  if (startsOn === endsOn) return format(startsOn, { dateStyle: 'medium' });
  const end = format(endsOn, { dateStyle: 'medium' });
  // "10–12 Mar 2026", "28 Okt – 1 Nov 2026": the shared month and year are said once.
  if (startsOn.slice(0, 7) === endsOn.slice(0, 7)) return `${Number(startsOn.slice(8))}–${end}`;
  if (startsOn.slice(0, 4) === endsOn.slice(0, 4))
    return `${format(startsOn, { day: 'numeric', month: 'short' })} – ${end}`;
  return `${format(startsOn, { dateStyle: 'medium' })} – ${end}`;
}

/** A blank input is null; anything else a whole number (or null when it is not one). */
export function parseWhole(value: string | number): number | null {
  if (value === '' || value === null) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? Math.round(number) : null;
}
