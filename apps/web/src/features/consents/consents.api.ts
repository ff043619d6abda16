import type { Consent, CreateConsentInput, Disclosure } from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

// The contract exports the schema only; its output type is the record the API answers.
export type DisclosureItem = (typeof Disclosure)['_output'];

export const consentKeys = {
  all: ['consents'] as const,
  list: (beneficiaryId: string) => [...consentKeys.all, 'list', beneficiaryId] as const,
  disclosures: (beneficiaryId: string) => [...consentKeys.all, 'disclosures', beneficiaryId] as const,
};

/** A person's consents to share their data, valid or not (an audited read). */
export function useConsents(beneficiaryId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: consentKeys.list(beneficiaryId),
    queryFn: ({ signal }) =>
      api.get<{ items: Consent[] }>(`/beneficiaries/${encodeURIComponent(beneficiaryId)}/consents`, {
        language,
        signal,
      }),
  });
}

/** The accounting of disclosures: where the person's data went, when, and under which consent. */
export function useDisclosures(beneficiaryId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: consentKeys.disclosures(beneficiaryId),
    queryFn: ({ signal }) =>
      api.get<{ items: DisclosureItem[] }>(`/beneficiaries/${encodeURIComponent(beneficiaryId)}/disclosures`, {
        language,
        signal,
      }),
  });
}

export function useGiveConsent() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ beneficiaryId, input }: { beneficiaryId: string; input: CreateConsentInput }) =>
      api.post<Consent>(`/beneficiaries/${encodeURIComponent(beneficiaryId)}/consents`, input, { language }),
    onSuccess: (_created, { beneficiaryId }) =>
      queryClient.invalidateQueries({ queryKey: consentKeys.list(beneficiaryId) }),
  });
}

/** Revokes a consent from a day on; 409 when it was revoked already. */
export function useRevokeConsent() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, revokedOn }: { id: string; beneficiaryId: string; revokedOn: string }) =>
      api.post<Consent>(`/consents/${encodeURIComponent(id)}/revoke`, { revokedOn }, { language }),
    onSuccess: (_revoked, { beneficiaryId }) =>
      queryClient.invalidateQueries({ queryKey: consentKeys.list(beneficiaryId) }),
  });
}
