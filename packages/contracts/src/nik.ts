/**
 * NIK (Nomor Induk Kependudukan), domain README section 6: 16 digits = province (2) + regency/city (2) + district
 * (2) + birth date DDMMYY, with 40 added to the day for women (41 to 71) + a serial (4, not 0000). Pure: the
 * region's existence is checked against the regions table by the API.
 */

export type NikProblem = 'nik.format' | 'nik.serial' | 'nik.date' | 'nik.sex_mismatch' | 'nik.birth_date_mismatch';

export type NikParts = {
  /** The district code, dotted (`32.04.12`). */
  districtCode: string;
  sex: 'M' | 'F';
  day: number;
  month: number;
  /** Two digits: the century is not in the NIK. */
  year2: number;
  serial: string;
};

function daysInMonth(month: number, year2: number): number {
  // The century is unknown; 29 February is accepted for every year whose two digits are divisible by 4 (2000 was a
  // leap year, 1900 was not, but no living person was born in 1900).
  return [31, year2 % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Splits a NIK into its parts, or names the first structural problem. */
export function parseNik(nik: string): { ok: true; parts: NikParts } | { ok: false; problem: NikProblem } {
  if (!/^\d{16}$/.test(nik)) return { ok: false, problem: 'nik.format' };
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year2 = Number(nik.slice(10, 12));
  const serial = nik.slice(12, 16);
  if (serial === '0000') return { ok: false, problem: 'nik.serial' };
  const sex = rawDay > 40 ? 'F' : 'M';
  const day = sex === 'F' ? rawDay - 40 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year2)) return { ok: false, problem: 'nik.date' };
  return {
    ok: true,
    parts: { districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`, sex, day, month, year2, serial },
  };
}

/**
 * Checks a NIK against the sex and birth date entered by hand (`YYYY-MM-DD`); returns the first problem or null.
 * The region is not checked here.
 */
export function nikProblem(nik: string, entered: { sex: 'M' | 'F'; birthDate: string }): NikProblem | null {
  const parsed = parseNik(nik);
  if (!parsed.ok) return parsed.problem;
  const { parts } = parsed;
  if (parts.sex !== entered.sex) return 'nik.sex_mismatch';
  const [year, month, day] = entered.birthDate.split('-').map(Number);
  if (year === undefined || month !== parts.month || day !== parts.day || year % 100 !== parts.year2) {
    return 'nik.birth_date_mismatch';
  }
  return null;
}

/** Builds the NIK of a person (tests and synthetic demo data only: never real people). */
export function composeNik(districtCode: string, sex: 'M' | 'F', birthDate: string, serial: string): string {
  const [year, month, day] = birthDate.split('-');
  const dayNumber = Number(day) + (sex === 'F' ? 40 : 0);
  return `${districtCode.replace(/\./g, '')}${String(dayNumber).padStart(2, '0')}${month}${year?.slice(2)}${serial}`;
}

/** A NIK shown on screen: the last four digits only. */
export function maskNik(nik: string): string {
  return `${'•'.repeat(12)}${nik.slice(12)}`;
}
