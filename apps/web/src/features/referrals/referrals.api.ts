import type { CreateReferralInput, InstitutionType, Referral, ReferralStatus } from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { caseKeys } from '../cases/cases.api';
import { worklistKeys } from '../worklist/worklist.api';

export type ReferralDirection = 'incoming' | 'outgoing';

export interface ReferralListFilter {
  direction: ReferralDirection;
  status?: ReferralStatus | undefined;
  caseId?: string | undefined;
}

export const referralKeys = {
  all: ['referrals'] as const,
  list: (filter: ReferralListFilter) => [...referralKeys.all, 'list', filter] as const,
  detail: (id: string) => [...referralKeys.all, 'detail', id] as const,
};

/** Referrals received by (incoming) or sent from (outgoing) the caller's institutions; every list is audited. */
export function useReferralList(filter: ReferralListFilter, options: { enabled?: boolean } = {}) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: referralKeys.list(filter),
    queryFn: ({ signal }) =>
      api.get<{ items: Referral[] }>('/referrals', {
        language,
        signal,
        query: { direction: filter.direction, status: filter.status, caseId: filter.caseId },
      }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}

/** One referral with the `ETag` an answer sends back as `If-Match`. */
export function useReferral(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: referralKeys.detail(id),
    queryFn: ({ signal }) => api.getTagged<Referral>(`/referrals/${encodeURIComponent(id)}`, { language, signal }),
    staleTime: 0,
  });
}

/** A referral changes the case (its history, its institution on a transfer) and the work lists. */
function useInvalidateReferrals() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: referralKeys.all }),
      queryClient.invalidateQueries({ queryKey: caseKeys.all }),
      queryClient.invalidateQueries({ queryKey: worklistKeys.all }),
    ]);
}

/** Refers a running case; 409 `consent_required` when no valid consent of the person covers the receiver. */
export function useCreateReferral() {
  const [language] = useLanguage();
  const invalidate = useInvalidateReferrals();
  return useMutation({
    mutationFn: ({ caseId, input }: { caseId: string; input: CreateReferralInput }) =>
      api.post<Referral>(`/cases/${encodeURIComponent(caseId)}/referrals`, input, { language }),
    // Not awaited: the refreshed list hides the form (a pending referral exists), and the caller's own `onSuccess`
    // must still run to say where the referral went.
    onSuccess: () => void invalidate(),
  });
}

export type ReferralAnswer =
  | { action: 'accept' }
  | { action: 'cancel' }
  | { action: 'decline'; reason: string }
  | { action: 'outcome'; outcome: string };

function bodyOf(answer: ReferralAnswer): unknown {
  switch (answer.action) {
    case 'accept':
    case 'cancel':
      return undefined;
    case 'decline':
      return { reason: answer.reason };
    case 'outcome':
      return { outcome: answer.outcome };
  }
}

/** The receiver's accept, decline and outcome, the sender's cancel; a stale `If-Match` answers 409 `stale`. */
export function useAnswerReferral() {
  const [language] = useLanguage();
  const invalidate = useInvalidateReferrals();
  return useMutation({
    mutationFn: ({ id, etag, answer }: { id: string; etag: string; answer: ReferralAnswer }) =>
      api.post<Referral>(`/referrals/${encodeURIComponent(id)}/${answer.action}`, bodyOf(answer), {
        language,
        headers: { 'If-Match': etag },
      }),
    onSuccess: () => invalidate(),
  });
}

export type ReferralTarget = {
  id: string;
  code: string;
  name: string;
  type: InstitutionType;
  regionCode: string | null;
};

/** Every open institution a case can be referred to (the public directory, not limited to the caller's scope). */
export function useReferralTargets() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['referrals', 'targets'] as const,
    queryFn: ({ signal }) => api.get<{ items: ReferralTarget[] }>('/referral-targets', { language, signal }),
    staleTime: 10 * 60_000,
  });
}
