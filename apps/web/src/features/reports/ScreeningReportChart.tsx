import '@mantine/charts/styles.css';
import type { ScreeningReportRow } from '@atensi/contracts';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';

/** Screenings per row, stacked by band (suppressed counts drawn as 0; the table says they are small). */
export function ScreeningReportChart({ rows }: { rows: ScreeningReportRow[] }) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({
    label: row.label,
    low: row.low ?? 0,
    moderate: row.moderate ?? 0,
    high: row.high ?? 0,
  }));
  return (
    <BarChart
      h={280}
      data={data}
      dataKey="label"
      type="stacked"
      withLegend
      series={[
        { name: 'low', label: t('screening.risks.low'), color: 'teal.6' },
        { name: 'moderate', label: t('screening.risks.moderate'), color: 'orange.6' },
        { name: 'high', label: t('screening.risks.high'), color: 'red.6' },
      ]}
      data-testid="screening-report-chart"
    />
  );
}

export default ScreeningReportChart;
