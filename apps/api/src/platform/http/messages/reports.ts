import type { Language } from '@atensi/contracts';

/** Messages of the aggregate reports. */
export const reportsMessages = {
  'report.month_format': { id: 'Bulan ditulis TTTT-BB, misalnya 2026-03.', en: 'A month is YYYY-MM, e.g. 2026-03.' },
  'report.province_format': { id: 'Kode provinsi terdiri atas 2 angka.', en: 'A province code is 2 digits.' },
  'report.range_order': {
    id: 'Bulan akhir harus sama dengan atau sesudah bulan awal.',
    en: 'The last month must be on or after the first.',
  },
  'report.range_too_long': { id: 'Periode laporan paling lama 60 bulan.', en: 'A report covers at most 60 months.' },
} as const satisfies Record<string, Record<Language, string>>;
