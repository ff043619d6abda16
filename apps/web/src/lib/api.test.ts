import { describe, expect, test } from 'vitest';
import { ApiError, buildUrl, createApiClient, parseApiError } from './api';

type FetchCall = { url: string; init: RequestInit | undefined };

function fakeFetch(respond: () => Response | Promise<Response>): { fetch: typeof fetch; calls: FetchCall[] } {
  const calls: FetchCall[] = [];
  const fetchFake: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init });
    return respond();
  };
  return { fetch: fetchFake, calls };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('the API client', () => {
  test('sends the UI language and the query, and returns the JSON body', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { items: [], total: 0, limit: 50, offset: 0 }));
    const api = createApiClient({ fetch });

    const body = await api.get('/regions', { language: 'en', query: { q: 'Bambu Apus', level: undefined, offset: 0 } });

    expect(body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect(calls[0]?.url).toBe('/api/v1/regions?q=Bambu+Apus&offset=0');
    expect(new Headers(calls[0]?.init?.headers).get('Accept-Language')).toBe('en');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
  });

  test('turns the error shape into an ApiError with the server message', async () => {
    const { fetch } = fakeFetch(() =>
      json(400, {
        error: {
          code: 'invalid',
          message: 'Permintaan tidak valid',
          details: [{ path: 'query.q', message: 'Minimal 2 karakter' }],
        },
      }),
    );
    const api = createApiClient({ fetch });

    const error = await api.get('/regions', { language: 'id', query: { q: 'a' } }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'invalid',
      status: 400,
      message: 'Permintaan tidak valid',
      details: [{ path: 'query.q', message: 'Minimal 2 karakter' }],
      hasServerMessage: true,
    });
  });

  test('reports an answer without the error shape (a proxy page) as bad_response', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const api = createApiClient({ fetch });

    const error = await api.get('/health', { language: 'id' }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'bad_response', status: 502, hasServerMessage: false });
  });

  test('reports no answer at all as a network error', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
    const api = createApiClient({ fetch });

    const error = await api.get('/health', { language: 'id' }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'network', status: 0 });
  });

  test('lets a cancelled request stay an AbortError for TanStack Query', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    const api = createApiClient({ fetch });

    const error = await api.get('/health', { language: 'id' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DOMException);
  });
});

describe('parseApiError', () => {
  test('ignores details that are not path and message pairs', () => {
    const error = parseApiError(404, {
      error: { code: 'not_found', message: 'Wilayah tidak ditemukan', details: 'x' },
    });
    expect(error).toMatchObject({ code: 'not_found', status: 404, details: undefined });
  });

  test('does not trust an unknown error code', () => {
    expect(parseApiError(418, { error: { code: 'teapot', message: 'I am a teapot' } }).code).toBe('bad_response');
  });
});

describe('buildUrl', () => {
  test('leaves out empty values so the API applies its defaults', () => {
    expect(buildUrl('/api/v1', '/regions', { q: '', level: null, parentCode: undefined, limit: 50 })).toBe(
      '/api/v1/regions?limit=50',
    );
  });
});
