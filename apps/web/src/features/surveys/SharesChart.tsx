import type { ShareTable } from '@atensi/contracts';
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Shares per option as bars, each with its 95% confidence interval as an error bar. */
export function SharesChart({ table, label }: { table: ShareTable; label: string }) {
  const data = table.options.map((option) => {
    const share = (option.share ?? 0) * 100;
    return {
      option: option.label,
      share: Math.round(share * 10) / 10,
      // Asymmetric: the Wilson interval is not centred on the share.
      interval: [share - (option.ciLow ?? 0) * 100, (option.ciHigh ?? 0) * 100 - share],
    };
  });
  return (
    <div style={{ width: '100%', height: 280 }} role="img" aria-label={label} data-testid="shares-chart">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="option" tick={{ fontSize: 12 }} interval={0} />
          <YAxis unit="%" domain={[0, 100]} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => `${value}%`} />
          <Bar
            dataKey="share"
            fill="#228be6"
            isAnimationActive={false}
            label={{ position: 'top', fontSize: 12, formatter: (v: unknown) => `${v}%` }}
          >
            <ErrorBar dataKey="interval" width={6} strokeWidth={1.5} stroke="#495057" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
