import type {
  CaseSocialAid,
  CreateSocialAidInput,
  DeliverSocialAidInput,
  ReceiptInput,
  SocialAidAwaiting,
  SocialAidRequest,
} from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const aidKeys = {
  all: ['social-aid'] as const,
  ofCase: (caseId: string) => [...aidKeys.all, 'case', caseId] as const,
  awaiting: () => [...aidKeys.all, 'awaiting'] as const,
};

export function useCaseSocialAid(caseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: aidKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      api.get<CaseSocialAid>(`/cases/${encodeURIComponent(caseId)}/social-aid`, { language, signal }),
  });
}

export function useAidAwaiting(enabled: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: aidKeys.awaiting(),
    queryFn: ({ signal }) => api.get<SocialAidAwaiting>('/social-aid/awaiting-approval', { language, signal }),
    enabled,
  });
}

function useInvalidateAid() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: aidKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['progress'] }),
      queryClient.invalidateQueries({ queryKey: ['service-records'] }),
      queryClient.invalidateQueries({ queryKey: ['dtks'] }),
    ]);
}

export function useRequestAid() {
  const [language] = useLanguage();
  const invalidate = useInvalidateAid();
  return useMutation({
    mutationFn: ({ caseId, input }: { caseId: string; input: CreateSocialAidInput }) =>
      api.post<SocialAidRequest>(`/cases/${encodeURIComponent(caseId)}/social-aid`, input, { language }),
    onSuccess: invalidate,
  });
}

export type AidStep =
  | { step: 'approve'; body: { note?: string } }
  | { step: 'reject' | 'cancel'; body: { reason: string } }
  | { step: 'deliver'; body: DeliverSocialAidInput }
  | { step: 'receipt'; body: ReceiptInput };

/** One step of a request (If-Match). A refused approval still changed things (a DTKS check or proposal): refresh. */
export function useAidStep() {
  const [language] = useLanguage();
  const invalidate = useInvalidateAid();
  return useMutation({
    mutationFn: ({ aid, action }: { aid: SocialAidRequest; action: AidStep }) =>
      api.post<SocialAidRequest>(`/social-aid/${encodeURIComponent(aid.id)}/${action.step}`, action.body, {
        language,
        headers: { 'If-Match': `"${aid.version}"` },
      }),
    onSettled: invalidate,
  });
}
