import { AtensiComponent, type ServiceSummary } from '@atensi/contracts';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';
import { useComponentLabel } from '../plans/plan-labels';

const colors: Record<AtensiComponent, string> = {
  hidup_layak: 'yellow.6',
  perawatan_sosial: 'orange.6',
  dukungan_keluarga: 'pink.6',
  terapi: 'indigo.6',
  vokasional_kewirausahaan: 'grape.6',
  bantuan_asistensi_sosial: 'teal.6',
  aksesibilitas: 'cyan.6',
};

/** Services received per month, stacked by component. */
export function ServicesChart({ summary }: { summary: ServiceSummary }) {
  const { t } = useTranslation();
  const componentLabel = useComponentLabel();
  const present = AtensiComponent.options.filter((component) =>
    summary.rows.some((row) => row.component === component),
  );
  const data = summary.months.map((month) => ({
    month,
    ...Object.fromEntries(
      present.map((component) => [
        componentLabel(component),
        summary.rows.find((row) => row.month === month && row.component === component)?.services ?? 0,
      ]),
    ),
  }));
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="month"
      type="stacked"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      yAxisLabel={t('services.summary.services')}
      series={present.map((component) => ({ name: componentLabel(component), color: colors[component] }))}
      data-testid="summary-chart"
    />
  );
}
