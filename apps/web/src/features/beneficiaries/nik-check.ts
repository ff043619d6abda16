import { type NikProblem, nikProblem, parseNik, type Sex } from '@atensi/contracts';

/** The digits of a NIK as typed: spaces, dots and dashes dropped, as the API does. */
export function normaliseNik(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/**
 * The birth date a valid NIK holds, `YYYY-MM-DD`. The NIK has two digits of the year: 20xx unless that day is after
 * `today` (also `YYYY-MM-DD`), then 19xx.
 */
export function birthDateFromNik(nik: string, today: string): string | null {
  const parsed = parseNik(normaliseNik(nik));
  if (!parsed.ok) return null;
  const { day, month, year2 } = parsed.parts;
  const tail = `${String(year2).padStart(2, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const recent = `20${tail}`;
  return recent <= today ? recent : `19${tail}`;
}

/** The sex a valid NIK holds (40 is added to the day for women). */
export function sexFromNik(nik: string): Sex | null {
  const parsed = parseNik(normaliseNik(nik));
  return parsed.ok ? parsed.parts.sex : null;
}

/**
 * What is wrong with a NIK while it is typed: nothing while it is still short and only digits (unless `isComplete`,
 * on leaving the field or saving), its structure once it has 16 digits, and its agreement with the sex and birth
 * date once both are filled. The district's existence is the server's to check.
 */
export function liveNikProblem(
  value: string,
  entered: { sex: Sex | null; birthDate: string },
  isComplete: boolean,
): NikProblem | null {
  const nik = normaliseNik(value);
  if (nik === '') return null;
  if (!/^\d*$/.test(nik) || nik.length > 16) return 'nik.format';
  if (nik.length < 16) return isComplete ? 'nik.format' : null;
  const parsed = parseNik(nik);
  if (!parsed.ok) return parsed.problem;
  if (entered.sex === null || !/^\d{4}-\d{2}-\d{2}$/.test(entered.birthDate)) return null;
  return nikProblem(nik, { sex: entered.sex, birthDate: entered.birthDate });
}

/** Whole years from `birthDate` to `today` (both `YYYY-MM-DD`), as the API counts them; null for an unreadable date. */
export function ageOn(birthDate: string, today: string): number | null {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const now = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!birth || !now) return null;
  const [by, bm, bd] = birth.slice(1).map(Number) as [number, number, number];
  const [ty, tm, td] = now.slice(1).map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
