import type { Language, RegionDetail, RegionLevel, RegionList } from '@atensi/contracts';
import { type QueryKey, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const regionPageSize = 50;

/** What a list shows; the page is kept apart so that paging can keep the previous rows on screen. */
export interface RegionListFilter {
  q?: string | undefined;
  level?: RegionLevel | undefined;
  parentCode?: string | undefined;
}

// The language is part of each key: the API words its error messages in it.
export const regionKeys = {
  all: ['regions'] as const,
  list: (language: Language, filter: RegionListFilter, page: number) =>
    [...regionKeys.all, 'list', language, filter, page] as const,
  detail: (language: Language, code: string) => [...regionKeys.all, 'detail', language, code] as const,
};

function sameFilter(a: RegionListFilter, b: RegionListFilter): boolean {
  return a.q === b.q && a.level === b.level && a.parentCode === b.parentCode;
}

function filterOfKey(key: QueryKey | undefined): RegionListFilter | undefined {
  const filter = key?.[3];
  return typeof filter === 'object' && filter !== null ? (filter as RegionListFilter) : undefined;
}

/** One page of regions: a name search, one level, or the children of one region. */
export function useRegionList(filter: RegionListFilter, page: number, options: { enabled?: boolean } = {}) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: regionKeys.list(language, filter, page),
    queryFn: ({ signal }) =>
      api.get<RegionList>('/regions', {
        language,
        signal,
        query: { ...filter, limit: regionPageSize, offset: (page - 1) * regionPageSize },
      }),
    // Keep the rows on screen while the next page (or the same page in the other language) loads, but never show
    // another search's rows under this one's heading.
    placeholderData: (previous, previousQuery) => {
      const previousFilter = filterOfKey(previousQuery?.queryKey);
      return previousFilter && sameFilter(previousFilter, filter) ? previous : undefined;
    },
    enabled: options.enabled ?? true,
    // The administrative regions change a few times a year at most.
    staleTime: 10 * 60_000,
  });
}

/** One region with its ancestors (province first) and how many regions lie directly below it. */
export function useRegion(code: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: regionKeys.detail(language, code),
    queryFn: ({ signal }) => api.get<RegionDetail>(`/regions/${encodeURIComponent(code)}`, { language, signal }),
    staleTime: 10 * 60_000,
  });
}
