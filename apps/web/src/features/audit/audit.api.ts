import type { AuditEventList } from '@atensi/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { type AuditFilter, auditFilterParams } from './audit-filter';

export const auditPageSize = 50;

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
};

/** Audit events, newest first, a page at a time: each page's `nextCursor` asks for the one before it. */
export function useAuditEvents(filter: AuditFilter) {
  const [language] = useLanguage();
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ signal, pageParam }) =>
      api.get<AuditEventList>('/audit-events', {
        language,
        signal,
        query: { ...auditFilterParams(filter), limit: auditPageSize, before: pageParam },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // The log grows all the time: what is on screen is what was asked for, fetched again on each visit.
    staleTime: 0,
  });
}
