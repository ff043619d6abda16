import type { ScreeningReport, ScreeningReportDimension } from '@atensi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export type ScreeningReportFilter = { from: string; to: string; by: ScreeningReportDimension; provinceCode?: string };

/** Screenings of a period by routing risk, within the caller's scope, with small counts suppressed. */
export function useScreeningReport(filter: ScreeningReportFilter, enabled: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['reports', 'screenings', filter] as const,
    queryFn: ({ signal }) =>
      api.get<ScreeningReport>('/reports/screenings', {
        language,
        signal,
        query: { from: filter.from, to: filter.to, by: filter.by, provinceCode: filter.provinceCode },
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
