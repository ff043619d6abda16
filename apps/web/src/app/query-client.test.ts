import { describe, expect, test, vi } from 'vitest';
import { ApiError } from '../lib/api';
import { createQueryClient } from './query-client';

function unauthenticated(reason?: string): ApiError {
  return new ApiError({ code: 'unauthenticated', message: 'Silakan masuk.', status: 401, reason });
}

function setup() {
  const handlers = { onSessionEnded: vi.fn(), onPendingAction: vi.fn() };
  return { client: createQueryClient(handlers), handlers };
}

describe('the query client', () => {
  test('reports an ended session when any query answers 401', async () => {
    const { client, handlers } = setup();

    await client.fetchQuery({ queryKey: ['users'], queryFn: () => Promise.reject(unauthenticated()) }).catch(() => {});

    expect(handlers.onSessionEnded).toHaveBeenCalledOnce();
  });

  test('does not when the request expects a 401 (a wrong password)', async () => {
    const { client, handlers } = setup();

    await client
      .getMutationCache()
      .build(client, {
        mutationFn: () => Promise.reject(unauthenticated()),
        meta: { expectsUnauthenticated: true },
      })
      .execute(undefined)
      .catch(() => {});

    expect(handlers.onSessionEnded).not.toHaveBeenCalled();
  });

  test('does when even such a request says the session expired', async () => {
    const { client, handlers } = setup();

    await client
      .getMutationCache()
      .build(client, {
        mutationFn: () => Promise.reject(unauthenticated('session_expired')),
        meta: { expectsUnauthenticated: true },
      })
      .execute(undefined)
      .catch(() => {});

    expect(handlers.onSessionEnded).toHaveBeenCalledOnce();
  });

  test('reports a pending action on a 403 that names one', async () => {
    const { client, handlers } = setup();
    const refused = new ApiError({
      code: 'forbidden',
      message: 'Ganti kata sandi Anda dahulu.',
      status: 403,
      reason: 'password_change_required',
    });

    await client.fetchQuery({ queryKey: ['regions'], queryFn: () => Promise.reject(refused) }).catch(() => {});

    expect(handlers.onPendingAction).toHaveBeenCalledOnce();
    expect(handlers.onSessionEnded).not.toHaveBeenCalled();
  });

  test('leaves a speculative request to the page that asks again: neither a 401 nor a pending action counts', async () => {
    const { client, handlers } = setup();
    const refused = new ApiError({ code: 'forbidden', message: 'x', status: 403, reason: 'password_change_required' });

    for (const error of [unauthenticated('session_expired'), refused]) {
      await client
        .prefetchQuery({
          queryKey: ['worklist', error.status],
          queryFn: () => Promise.reject(error),
          meta: { speculative: true },
        })
        .catch(() => {});
    }

    expect(handlers.onSessionEnded).not.toHaveBeenCalled();
    expect(handlers.onPendingAction).not.toHaveBeenCalled();
  });
});
