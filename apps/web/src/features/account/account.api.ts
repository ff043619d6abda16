import type {
  ApiTokenList,
  ChangePasswordInput,
  CreateApiTokenInput,
  CreatedApiToken,
  TotpDisableInput,
  TotpEnableInput,
  TotpSetup,
} from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { authKeys } from '../auth/auth.api';

export const accountKeys = {
  tokens: ['account', 'tokens'] as const,
};

/** Refreshes `/me`: the pending actions and `totpEnabled` change with what this page does. */
function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: authKeys.me });
}

export function useChangePassword() {
  const [language] = useLanguage();
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post('/me/password', input, { language }),
    // A wrong current password answers 401: that is the form's error, not an ended session.
    meta: { expectsUnauthenticated: true },
    onSuccess: refreshMe,
  });
}

export function useTotpSetup() {
  const [language] = useLanguage();
  return useMutation({
    mutationFn: () => api.post<TotpSetup>('/me/totp/setup', undefined, { language }),
  });
}

export function useEnableTotp() {
  const [language] = useLanguage();
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (input: TotpEnableInput) => api.post('/me/totp/enable', input, { language }),
    onSuccess: refreshMe,
  });
}

export function useDisableTotp() {
  const [language] = useLanguage();
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (input: TotpDisableInput) => api.post('/me/totp/disable', input, { language }),
    meta: { expectsUnauthenticated: true },
    onSuccess: refreshMe,
  });
}

export function useApiTokens() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: accountKeys.tokens,
    queryFn: ({ signal }) => api.get<ApiTokenList>('/me/tokens', { language, signal }),
  });
}

export function useCreateApiToken() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiTokenInput) => api.post<CreatedApiToken>('/me/tokens', input, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useRevokeApiToken() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/me/tokens/${encodeURIComponent(id)}`, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}
