import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: QueryMeta;
    mutationMeta: QueryMeta;
  }
}

interface QueryMeta extends Record<string, unknown> {
  /**
   * The request answers 401 as part of its job (the `/me` probe, a login, a wrong current password): that 401 is not
   * an ended session, unless the API says so with `reason: 'session_expired'`.
   */
  expectsUnauthenticated?: boolean;
  /**
   * The request was made ahead of the session check (the work list beside `/me`): whatever it answers, the guard and
   * the page that asks again judge it, not the session handlers.
   */
  speculative?: boolean;
}

const maxRetries = 2;

/** Retries only what may succeed on a second try: no answer, or a server failure. A 4xx will not change. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (error instanceof ApiError) return error.code === 'network' || error.status >= 500;
  return false;
}

/** The 403 reasons of a session that must first change its password or enrol TOTP (see `Me.pendingActions`). */
const pendingActionReasons = new Set(['password_change_required', 'totp_enrolment_required']);

export interface SessionHandlers {
  /** Any request refused with 401: the session has ended (expired, revoked, or signed out in another tab). */
  onSessionEnded: () => void;
  /** Any request refused because the user still has something to do on the account page. */
  onPendingAction: () => void;
}

/** The query client; every failed query and mutation passes through `handlers` first. */
export function createQueryClient(handlers?: SessionHandlers): QueryClient {
  const onError = (error: unknown, meta: QueryMeta | undefined) => {
    if (!handlers || !(error instanceof ApiError) || meta?.speculative === true) return;
    const isExpected = meta?.expectsUnauthenticated === true && error.reason !== 'session_expired';
    if (error.status === 401 && !isExpected) handlers.onSessionEnded();
    else if (error.status === 403 && error.reason !== undefined && pendingActionReasons.has(error.reason)) {
      handlers.onPendingAction();
    }
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onError(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
