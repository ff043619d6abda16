import type {
  DecideProposalInput,
  DtksCheckList,
  DtksStanding,
  InclusionProposal,
  InclusionProposalList,
  RecordDtksStatusInput,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const dtksKeys = {
  all: ['dtks'] as const,
  checks: (state: 'open' | 'resolved', page: number) => [...dtksKeys.all, 'checks', state, page] as const,
  proposals: (page: number) => [...dtksKeys.all, 'proposals', page] as const,
  standing: (beneficiaryId: string) => [...dtksKeys.all, 'standing', beneficiaryId] as const,
};

export const dtksPageSize = 50;

export function useDtksChecks(state: 'open' | 'resolved', page: number) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: dtksKeys.checks(state, page),
    queryFn: ({ signal }) =>
      api.get<DtksCheckList>('/dtks/checks', {
        language,
        signal,
        query: { state, limit: dtksPageSize, offset: (page - 1) * dtksPageSize },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useInclusionProposals(page: number) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: dtksKeys.proposals(page),
    queryFn: ({ signal }) =>
      api.get<InclusionProposalList>('/dtks/inclusion-proposals', {
        language,
        signal,
        query: { limit: dtksPageSize, offset: (page - 1) * dtksPageSize },
      }),
    placeholderData: keepPreviousData,
  });
}

/** Pusdatin records a result by hand. */
export function useRecordDtksStatus() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ beneficiaryId, input }: { beneficiaryId: string; input: RecordDtksStatusInput }) =>
      api.post<DtksStanding>(`/dtks/beneficiaries/${encodeURIComponent(beneficiaryId)}/status`, input, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dtksKeys.all }),
  });
}

export function useDecideProposal() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposal, input }: { proposal: InclusionProposal; input: DecideProposalInput }) =>
      api.post<InclusionProposal>(`/dtks/inclusion-proposals/${encodeURIComponent(proposal.id)}/decide`, input, {
        language,
        headers: { 'If-Match': `"${proposal.version}"` },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dtksKeys.all }),
  });
}

/** A worker asks Pusdatin to check a person. */
export function useRequestDtksCheck() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (beneficiaryId: string) =>
      api.post<DtksStanding>(`/beneficiaries/${encodeURIComponent(beneficiaryId)}/dtks/check-requests`, undefined, {
        language,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dtksKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['social-aid'] }),
      ]),
  });
}
