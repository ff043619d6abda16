/**
 * Shares with 95% confidence intervals by the Wilson score interval (Wilson 1927; Brown, Cai and DasGupta 2001
 * recommend it over the textbook Wald interval, which collapses to zero width at 0% or 100% and undercovers for
 * small groups, exactly where region and age breakdowns land). ADR 0011.
 *
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z · sqrt(p(1 - p)/n + z²/4n²) / (1 + z²/n)
 */
export const Z_95 = 1.959963984540054;

export type Interval = { low: number; high: number };

export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  if (n <= 0) return null;
  if (successes < 0 || successes > n) throw new Error(`successes ${successes} outside 0..${n}`);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export type OptionCount = { optionCode: string; label: string; count: number };

/** Each option's share of the `respondents` who answered, with its interval, rounded to four decimals. */
export function shareTable(respondents: number, options: readonly OptionCount[]) {
  return options.map((option) => {
    const interval = wilsonInterval(option.count, respondents);
    return {
      optionCode: option.optionCode,
      label: option.label,
      count: option.count,
      share: respondents === 0 ? null : round4(option.count / respondents),
      ciLow: interval ? round4(interval.low) : null,
      ciHigh: interval ? round4(interval.high) : null,
    };
  });
}
