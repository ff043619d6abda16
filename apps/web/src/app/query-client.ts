import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api';

const maxRetries = 2;

/** Retries only what may succeed on a second try: no answer, or a server failure. A 4xx will not change. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (error instanceof ApiError) return error.code === 'network' || error.status >= 500;
  return false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
