import type { LoginInput, LoginResult, Me } from '@atensi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, csrfToken } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** The signed-in user, their permissions and what they still have to do; a 401 means nobody is signed in. */
export function useMe() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async ({ signal }) => {
      const me = await api.get<Me>('/me', { language, signal });
      csrfToken.set(me.csrfToken);
      return me;
    },
    meta: { expectsUnauthenticated: true },
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const [language] = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<LoginResult>('/auth/login', input, { language }),
    meta: { expectsUnauthenticated: true },
    onSuccess: (result) => {
      csrfToken.set(result.csrfToken);
      // Nothing cached for a previous user may show to this one.
      queryClient.removeQueries();
    },
  });
}

/** Signs out; a session that had already ended counts as signed out too. */
export function useLogout() {
  const [language] = useLanguage();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post('/auth/logout', undefined, { language });
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    meta: { expectsUnauthenticated: true },
  });
}
