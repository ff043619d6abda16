import { Center, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError, csrfToken } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { prefetchWorklist } from '../worklist/worklist.api';
import { useMe } from './auth.api';
import { CurrentUserContext } from './current-user';
import type { LoginNotice } from './next-path';
import { loginPath } from './next-path';
import { onSessionEnded } from './session-events';

export const accountPath = '/account';

/**
 * Everything but the login page sits behind this guard: it waits for `/me`, sends a visitor without a session to
 * `/login?next=...`, and a user with pending actions (a password to change, TOTP to enrol) to the account page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const hasEnded = useRef(false);
  const [language] = useLanguage();

  // The home page's work list is asked for beside /me, not after it (see prefetchWorklist).
  useEffect(() => prefetchWorklist(queryClient, language), [queryClient, language]);

  useEffect(
    () =>
      onSessionEnded(() => {
        // Several queries may fail together; one redirect is enough.
        if (hasEnded.current) return;
        hasEnded.current = true;
        csrfToken.set(null);
        const state: { notice: LoginNotice } = { notice: 'session_expired' };
        const here = `${window.location.pathname}${window.location.search}`;
        // Leave first, then forget: clearing the cache while this guard is mounted would make it ask /me again.
        void Promise.resolve(navigate(loginPath(here), { replace: true, state })).then(() => {
          queryClient.removeQueries();
        });
      }),
    [navigate, queryClient],
  );

  if (me.isPending) {
    return (
      <Center mih="100vh">
        <LoadingState />
      </Center>
    );
  }
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      const state = me.error.reason === 'session_expired' ? { notice: 'session_expired' } : undefined;
      return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace state={state} />;
    }
    return (
      <Center mih="100vh" p="md">
        <Stack maw={560} w="100%">
          <QueryErrorAlert error={me.error} onRetry={() => void me.refetch()} />
        </Stack>
      </Center>
    );
  }
  if (me.data.pendingActions.length > 0 && location.pathname !== accountPath) {
    return <Navigate to={accountPath} replace />;
  }
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}
