import { describe, expect, test } from 'vitest';
import { ApiError, buildUrl, createApiClient, createCsrfTokenStore, parseApiError } from './api';

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

describe('writes', () => {
  test('send the JSON body and the CSRF token of the session', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, { id: 'u1', username: 'budi' }));
    const csrf = createCsrfTokenStore();
    csrf.set('csrf-123');
    const api = createApiClient({ fetch, csrf });

    const body = await api.post('/users', { username: 'budi' }, { language: 'id' });

    expect(body).toEqual({ id: 'u1', username: 'budi' });
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.body).toBe('{"username":"budi"}');
    const headers = new Headers(calls[0]?.init?.headers);
    expect(headers.get('X-CSRF-Token')).toBe('csrf-123');
    expect(headers.get('Content-Type')).toBe('application/json');
  });

  test('answer undefined for a 204, and send no body nor content type when there is none', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 204 }));
    const api = createApiClient({ fetch });

    const body = await api.post('/auth/logout', undefined, { language: 'id' });

    expect(body).toBeUndefined();
    expect(calls[0]?.init?.body).toBeNull();
    const headers = new Headers(calls[0]?.init?.headers);
    expect(headers.has('Content-Type')).toBe(false);
    // No token in the store yet: nothing to send.
    expect(headers.has('X-CSRF-Token')).toBe(false);
  });

  test('patch sends custom headers such as If-Match, delete uses its method', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 204 }));
    const api = createApiClient({ fetch });

    await api.patch('/users/u1', { displayName: 'Budi' }, { language: 'en', headers: { 'If-Match': '"3"' } });
    await api.delete('/me/tokens/t1', { language: 'en' });

    expect(calls[0]?.init?.method).toBe('PATCH');
    expect(new Headers(calls[0]?.init?.headers).get('If-Match')).toBe('"3"');
    expect(calls[1]?.init?.method).toBe('DELETE');
    expect(calls[1]?.url).toBe('/api/v1/me/tokens/t1');
  });

  test('put sends its body as JSON with the CSRF token, for replacing one record', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { id: 'i1' }));
    const csrf = createCsrfTokenStore();
    csrf.set('csrf-123');
    const api = createApiClient({ fetch, csrf });

    const body = await api.put('/institutions/i1/requirements/legal_entity_lks', { met: true }, { language: 'id' });

    expect(body).toEqual({ id: 'i1' });
    expect(calls[0]?.init?.method).toBe('PUT');
    expect(calls[0]?.init?.body).toBe('{"met":true}');
    expect(new Headers(calls[0]?.init?.headers).get('X-CSRF-Token')).toBe('csrf-123');
  });

  test('a GET never carries the CSRF token', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    const csrf = createCsrfTokenStore();
    csrf.set('csrf-123');
    const api = createApiClient({ fetch, csrf });

    await api.get('/me', { language: 'id' });

    expect(new Headers(calls[0]?.init?.headers).has('X-CSRF-Token')).toBe(false);
  });

  test('getTagged returns the body with its ETag', async () => {
    const { fetch } = fakeFetch(
      () => new Response(JSON.stringify({ id: 'u1', version: 4 }), { status: 200, headers: { ETag: '"4"' } }),
    );
    const api = createApiClient({ fetch });

    const answer = await api.getTagged('/users/u1', { language: 'id' });

    expect(answer).toEqual({ data: { id: 'u1', version: 4 }, etag: '"4"' });
  });
});

describe('parseApiError', () => {
  test('reads the reason when details is an object', () => {
    const error = parseApiError(401, {
      error: { code: 'unauthenticated', message: 'Masukkan kode TOTP', details: { reason: 'totp_required' } },
    });
    expect(error).toMatchObject({ code: 'unauthenticated', reason: 'totp_required', details: undefined });
  });

  test('keeps the other entries of a details object, such as the record that already holds a NIK', () => {
    const error = parseApiError(409, {
      error: { code: 'conflict', message: 'NIK ini sudah terdaftar.', details: { existingId: 'b1', count: 2 } },
    });
    expect(error.contextString('existingId')).toBe('b1');
    expect(error.contextString('count')).toBeUndefined();
    expect(error.contextString('missing')).toBeUndefined();
    expect(parseApiError(409, { error: { code: 'conflict', message: 'x' } }).context).toBeUndefined();
  });

  test('reads Retry-After on a 429', () => {
    const error = parseApiError(
      429,
      { error: { code: 'rate_limited', message: 'Terlalu banyak percobaan' } },
      new Headers({ 'Retry-After': '30' }),
    );
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 });
  });

  test('finds the message of one field', () => {
    const error = parseApiError(422, {
      error: {
        code: 'invalid',
        message: 'Ada 1 isian yang tidak valid.',
        details: [{ path: 'body.newPassword', message: 'Kata sandi terlalu umum.' }],
      },
    });
    expect(error.messageFor('body.newPassword')).toBe('Kata sandi terlalu umum.');
    expect(error.messageFor('body.currentPassword')).toBeUndefined();
  });

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
