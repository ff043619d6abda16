import { z } from 'zod';

/** A calendar month, `YYYY-MM`. */
export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'report.month_format' });

/** Counts from 1 to this minus one are suppressed in every report: rehab records are stigmatising (UU 27/2022). */
export const SMALL_COUNT_THRESHOLD = 5;

/** A count in a report: `null` when suppressed (from 1 to SMALL_COUNT_THRESHOLD - 1). */
export const ReportCount = z
  .number()
  .int()
  .nullable()
  .meta({ description: `null: a small count (1 to ${SMALL_COUNT_THRESHOLD - 1}), suppressed` });

export const ScreeningReportDimension = z.enum([
  'month',
  'institution',
  'institution_province',
  'beneficiary_province',
  'substance',
]);
export type ScreeningReportDimension = z.infer<typeof ScreeningReportDimension>;

const MAX_MONTHS = 60;

function monthIndex(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return (year ?? 0) * 12 + (number ?? 1) - 1;
}

export const ScreeningReportQuery = z
  .object({
    from: IsoMonth,
    to: IsoMonth,
    by: ScreeningReportDimension.default('month'),
    institutionId: z.uuid().optional(),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, { error: 'report.province_format' })
      .optional()
      .meta({ description: 'The province of the institution (2 digits)' }),
  })
  .strict()
  .superRefine((query, context) => {
    const span = monthIndex(query.to) - monthIndex(query.from);
    if (span < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'report.range_order' });
    else if (span >= MAX_MONTHS) context.addIssue({ code: 'custom', path: ['to'], message: 'report.range_too_long' });
  });
export type ScreeningReportQuery = z.infer<typeof ScreeningReportQuery>;

export const ScreeningReportRow = z.object({
  key: z.string(),
  label: z.string(),
  screenings: ReportCount,
  low: ReportCount,
  moderate: ReportCount,
  high: ReportCount,
  injecting: ReportCount,
  furtherAssessment: ReportCount.meta({ description: 'Screenings whose next step is the further assessment' }),
});
export type ScreeningReportRow = z.infer<typeof ScreeningReportRow>;

export const ScreeningReport = z
  .object({
    from: z.string(),
    to: z.string(),
    by: ScreeningReportDimension,
    suppressBelow: z.number().int(),
    rows: z.array(ScreeningReportRow),
    total: ScreeningReportRow,
  })
  .meta({
    id: 'ScreeningReport',
    description:
      'By routing risk for every dimension but `substance`, where the bands are each substance group’s own ' +
      '(a screening counts once per group used).',
  });
export type ScreeningReport = z.infer<typeof ScreeningReport>;
