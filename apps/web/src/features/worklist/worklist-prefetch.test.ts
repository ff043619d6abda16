import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, test, vi } from 'vitest';

/** Loads worklist.api as the app would on a page opened at `pathname`, with `stored` in this browser's storage. */
async function openApp(pathname: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  vi.stubGlobal('window', {
    location: { pathname },
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    },
  });
  vi.stubGlobal('document', { documentElement: {} });
  vi.resetModules();
  const module = await import('./worklist.api');
  const client = new QueryClient();
  const prefetch = vi.spyOn(client, 'prefetchQuery').mockResolvedValue(undefined);
  return { ...module, client, prefetch, storage };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('asking for the work list beside /me', () => {
  test('happens once when the app is loaded on the home page, marked speculative', async () => {
    const { prefetchWorklist, client, prefetch } = await openApp('/');

    prefetchWorklist(client, 'id');
    prefetchWorklist(client, 'id');

    expect(prefetch).toHaveBeenCalledOnce();
    expect(prefetch.mock.calls[0]?.[0]).toMatchObject({ queryKey: ['worklist'], meta: { speculative: true } });
  });

  test('does not happen when the app was loaded on another page (signing in, then going home)', async () => {
    const { prefetchWorklist, client, prefetch } = await openApp('/login');

    prefetchWorklist(client, 'id');

    expect(prefetch).not.toHaveBeenCalled();
  });

  test('does not happen in a browser whose last user was not a case worker, until a worker lands home', async () => {
    const first = await openApp('/');
    first.rememberHome(false);
    const stored = Object.fromEntries(first.storage);

    const second = await openApp('/', stored);
    second.prefetchWorklist(second.client, 'id');
    expect(second.prefetch).not.toHaveBeenCalled();

    second.rememberHome(true);
    const third = await openApp('/', Object.fromEntries(second.storage));
    third.prefetchWorklist(third.client, 'id');
    expect(third.prefetch).toHaveBeenCalledOnce();
  });
});
