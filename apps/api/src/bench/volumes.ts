/**
 * What a scale means (ADR 0012). Scale 1 is the country the product must serve: 4 million beneficiaries,
 * about 5 million cases and 10 million screenings, 200 institutions, 5,000 staff. Other scales multiply the
 * people; the institutions keep a floor (every province has an IPWL) so a small scale is still a whole country.
 */
export const SCALE_ONE = {
  beneficiaries: 4_000_000,
  institutions: 200,
  staff: 5_000,
  /** The targets the people's stories are tuned to produce (the generator reports what it made). */
  casesTarget: 5_000_000,
  screeningsTarget: 10_000_000,
} as const;

/** Episodes per person: most people have one, some relapse once or twice (about 1.25 cases per person). */
export const EPISODES_PER_PERSON = { one: 0.78, two: 0.16, three: 0.06 } as const;

/** Years of history before today, and the months since the audit trail went live (ADR 0012). */
export const HISTORY_YEARS = 5;
export const AUDITED_MONTHS = 3;

export type Volumes = {
  scale: number;
  beneficiaries: number;
  units: number;
  ipwl: number;
  faskes: number;
  dinsos: number;
  staff: number;
};

export const MIN_SCALE = 0.0001;
export const MAX_SCALE = 5;

/** The numbers of a scale: people scale linearly; institutions and staff have floors. */
export function volumesFor(scale: number): Volumes {
  if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
    throw new RangeError(`the scale is a number from ${MIN_SCALE} to ${MAX_SCALE}`);
  }
  const ipwl = Math.max(38, Math.round(170 * scale));
  const faskes = Math.max(2, Math.round(14 * scale));
  const dinsos = Math.max(2, Math.round(10 * scale));
  // 1 Directorate + 5 Balai/Loka + the rest; at scale 1: 1 + 5 + 170 + 14 + 10 = 200.
  const units = 5;
  return {
    scale,
    beneficiaries: Math.max(1, Math.round(SCALE_ONE.beneficiaries * scale)),
    units,
    ipwl,
    faskes,
    dinsos,
    staff: Math.max(Math.round(SCALE_ONE.staff * scale), ipwl * 4 + units * 10 + 8),
  };
}
