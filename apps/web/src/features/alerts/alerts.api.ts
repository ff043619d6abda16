import type { AlertKind, AlertList, AlertRunResult } from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export interface AlertFilter {
  kind?: AlertKind | undefined;
  institutionId?: string | undefined;
}

export const alertKeys = {
  all: ['alerts'] as const,
  list: (filter: AlertFilter) => [...alertKeys.all, 'list', filter] as const,
};

/** Open alerts in the caller's scope, most urgent first. */
export function useAlerts(filter: AlertFilter, options: { enabled?: boolean; staleTime?: number } = {}) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: alertKeys.list(filter),
    queryFn: ({ signal }) => api.get<AlertList>('/alerts', { language, signal, query: { ...filter } }),
    enabled: options.enabled ?? true,
    staleTime: options.staleTime ?? 0,
  });
}

/** Recomputes the alerts now (the server also does it daily). */
export function useRunAlerts() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AlertRunResult>('/alerts/run', undefined, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
