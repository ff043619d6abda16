import type { Language } from '@atensi/contracts';

// Atensi records times in UTC and shows them in Western Indonesia Time, where the Directorate works.
const timeZone = 'Asia/Jakarta';
const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "23 Nov 2026, 15.00.51" in Jakarta time; an unreadable value is shown as it came. */
export function formatDateTime(iso: string, language: Language, options: { withSeconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], {
    timeZone,
    dateStyle: 'medium',
    timeStyle: options.withSeconds ? 'medium' : 'short',
  }).format(date);
}

/** "23 Nov 2026" in Jakarta time. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], { timeZone, dateStyle: 'medium' }).format(date);
}

/** Today's calendar date in Jakarta, `YYYY-MM-DD`: the default of date fields (the API counts days there too). */
export function todayInJakarta(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
