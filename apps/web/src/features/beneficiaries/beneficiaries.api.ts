import type { Beneficiary, BeneficiarySummary, CreateBeneficiaryInput } from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryValue } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

/** `GET /beneficiaries/duplicates` answers summaries with their name similarity (0 to 1). */
export type DuplicateCandidate = BeneficiarySummary & { similarity: number };

/** The person a duplicate check looks for: similar name, same birth date, same regency. */
export interface DuplicateProbe {
  fullName: string;
  birthDate: string;
  regionCode: string;
}

// Query keys may hold a NIK or a name: they live in memory only (nothing persists the query cache).
export const beneficiaryKeys = {
  all: ['beneficiaries'] as const,
  search: (query: Record<string, QueryValue>) => [...beneficiaryKeys.all, 'search', query] as const,
  duplicates: (probe: DuplicateProbe) => [...beneficiaryKeys.all, 'duplicates', probe] as const,
  detail: (id: string) => [...beneficiaryKeys.all, 'detail', id] as const,
};

/** People in scope by exact NIK, or by name or alias, narrowed by region and birth date; `null` waits. */
export function useBeneficiarySearch(query: Record<string, QueryValue> | null) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: beneficiaryKeys.search(query ?? {}),
    queryFn: ({ signal }) =>
      api.get<{ items: BeneficiarySummary[] }>('/beneficiaries', { language, signal, query: { ...query, limit: 50 } }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    // Every search is audited: ask again only when the search changes.
    staleTime: 5 * 60_000,
  });
}

/** People already registered who may be this one, before registering; `null` waits for the three fields. */
export function useDuplicateCandidates(probe: DuplicateProbe | null) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: beneficiaryKeys.duplicates(probe ?? { fullName: '', birthDate: '', regionCode: '' }),
    queryFn: ({ signal }) =>
      api.get<{ items: DuplicateCandidate[] }>('/beneficiaries/duplicates', {
        language,
        signal,
        query: probe ? { ...probe } : {},
      }),
    enabled: probe !== null,
    staleTime: 5 * 60_000,
  });
}

/** One person's full record (an audited read; 404 outside the caller's scope). */
export function useBeneficiary(id: string | undefined) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: beneficiaryKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<Beneficiary>(`/beneficiaries/${encodeURIComponent(id ?? '')}`, { language, signal }),
    enabled: id !== undefined && id !== '',
  });
}

export function useRegisterBeneficiary() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBeneficiaryInput) => api.post<Beneficiary>('/beneficiaries', input, { language }),
    onSuccess: (created) => {
      queryClient.setQueryData(beneficiaryKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: [...beneficiaryKeys.all, 'search'] });
    },
  });
}

/** Folds a duplicate registration into the kept one (managers); answers the kept record. */
export function useMergeBeneficiary() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ keepId, duplicateId }: { keepId: string; duplicateId: string }) =>
      api.post<Beneficiary>(`/beneficiaries/${encodeURIComponent(keepId)}/merge`, { duplicateId }, { language }),
    onSuccess: (kept) => {
      queryClient.setQueryData(beneficiaryKeys.detail(kept.id), kept);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: beneficiaryKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['consents'] }),
      ]);
    },
  });
}
