import type { Case, CaseList, CaseStatus, CaseTransitionInput, CreateCaseInput } from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

/** Which cases a list shows: the caller's own, every case in scope, or one person's. */
export interface CaseListFilter {
  mine?: boolean | undefined;
  status?: CaseStatus | undefined;
  beneficiaryId?: string | undefined;
  /** 1-based page of `pageSize` cases (the API's `offset` and `limit`). */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const defaultCasePageSize = 50;

export const caseKeys = {
  all: ['cases'] as const,
  list: (filter: CaseListFilter) => [...caseKeys.all, 'list', filter] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
};

export function useCaseList(filter: CaseListFilter) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: caseKeys.list(filter),
    queryFn: ({ signal }) =>
      api.get<CaseList>('/cases', {
        language,
        signal,
        query: {
          mine: filter.mine ? 'true' : 'false',
          status: filter.status,
          beneficiaryId: filter.beneficiaryId,
          limit: filter.pageSize ?? defaultCasePageSize,
          offset: ((filter.page ?? 1) - 1) * (filter.pageSize ?? defaultCasePageSize),
        },
      }),
    placeholderData: keepPreviousData,
  });
}

/** One case with its history, the actions allowed now, and the `ETag` a transition sends back as `If-Match`. */
export function useCase(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => api.getTagged<Case>(`/cases/${encodeURIComponent(id)}`, { language, signal }),
    staleTime: 0,
  });
}

/** Opens an episode for a person at the caller's institution. */
export function useOpenCase() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ beneficiaryId, input }: { beneficiaryId: string; input: CreateCaseInput }) =>
      api.post<Case>(`/beneficiaries/${encodeURIComponent(beneficiaryId)}/cases`, input, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] }),
  });
}

/** Moves a case by one action; a stale `If-Match` answers 409 with `reason: 'stale'`. */
export function useCaseTransition() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string; input: CaseTransitionInput }) =>
      api.post<Case>(`/cases/${encodeURIComponent(id)}/transitions`, input, {
        language,
        headers: { 'If-Match': etag },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
