import type { ErrorCode, ErrorDetail, Language } from '@atensi/contracts';

/** The API's error codes, plus two the client raises itself: no answer at all, or an answer without our error shape. */
export type ApiErrorCode = ErrorCode | 'network' | 'bad_response';

/** A failed API call. `message` is the server's, already in the UI language, unless `code` is one of the client's own. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;
  /** `details.reason` when the server sent an object rather than a list (`totp_required`, `session_expired`...). */
  readonly reason: string | undefined;
  /** `details` when the server sent an object rather than a list (`{ existingId }`, `{ refusal, status }`...). */
  readonly context: Readonly<Record<string, unknown>> | undefined;
  /** Seconds from `Retry-After` on a 429, when the server sent it. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    code: ApiErrorCode;
    message: string;
    status: number;
    details?: ErrorDetail[] | undefined;
    reason?: string | undefined;
    context?: Record<string, unknown> | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.message);
    this.code = init.code;
    this.status = init.status;
    this.details = init.details;
    this.reason = init.reason;
    this.context = init.context;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** The server's message for one input field (`body.newPassword`), when it named that field. */
  messageFor(path: string): string | undefined {
    return this.details?.find((detail) => detail.path === path)?.message;
  }

  /** A string the server put in `details` (`existingId`), when it sent one under that name. */
  contextString(key: string): string | undefined {
    const value = this.context?.[key];
    return typeof value === 'string' ? value : undefined;
  }

  /** True when the server explained the problem itself, so its message can be shown as is. */
  get hasServerMessage(): boolean {
    return this.code !== 'network' && this.code !== 'bad_response';
  }
}

// A record rather than a list so that a code added to the contract fails type checking here until it is known.
const knownErrorCodes: Record<ErrorCode, true> = {
  invalid: true,
  unauthenticated: true,
  forbidden: true,
  not_found: true,
  conflict: true,
  rate_limited: true,
  internal: true,
};

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(knownErrorCodes, value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseDetails(value: unknown): ErrorDetail[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const details = value.filter(
    (item): item is ErrorDetail => isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string',
  );
  return details.length > 0 ? details : undefined;
}

function parseReason(value: unknown): string | undefined {
  return isRecord(value) && typeof value.reason === 'string' ? value.reason : undefined;
}

function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

/**
 * Turns a non-2xx answer into an `ApiError`, reading `{ error: { code, message, details? } }` when it is there.
 * `details` is either a list of field problems or an object whose `reason` refines the code.
 */
export function parseApiError(status: number, body: unknown, headers?: Headers): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && isErrorCode(error.code) && typeof error.message === 'string') {
    return new ApiError({
      code: error.code,
      message: error.message,
      status,
      details: parseDetails(error.details),
      reason: parseReason(error.details),
      context: isRecord(error.details) ? error.details : undefined,
      retryAfterSeconds: parseRetryAfter(headers?.get('Retry-After')),
    });
  }
  return new ApiError({ code: 'bad_response', message: `Unexpected HTTP ${status} answer`, status });
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  language: Language;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
  /** Extra headers, such as `If-Match`. */
  headers?: Record<string, string>;
}

/** A body and the `ETag` it came with, for an update that must send `If-Match`. */
export interface Tagged<T> {
  data: T;
  etag: string | undefined;
}

export interface ApiClient {
  get<T>(path: string, options: RequestOptions): Promise<T>;
  /** A GET that also returns the `ETag` header (`"N"`, the row's version). */
  getTagged<T>(path: string, options: RequestOptions): Promise<Tagged<T>>;
  /** Writes answer their JSON body, or `undefined` for a 204. */
  post<T = undefined>(path: string, body: unknown, options: RequestOptions): Promise<T>;
  patch<T = undefined>(path: string, body: unknown, options: RequestOptions): Promise<T>;
  put<T = undefined>(path: string, body: unknown, options: RequestOptions): Promise<T>;
  delete<T = undefined>(path: string, options: RequestOptions): Promise<T>;
}

/**
 * Where the session's CSRF token lives between requests: in memory only, set from the login answer and from `/me`.
 * The session cookie is HttpOnly; the API refuses a cookie-authenticated write without `X-CSRF-Token`.
 */
export interface CsrfTokenStore {
  get(): string | null;
  set(token: string | null): void;
}

export function createCsrfTokenStore(): CsrfTokenStore {
  let token: string | null = null;
  return {
    get: () => token,
    set: (next) => {
      token = next;
    },
  };
}

/** Builds `path?query`, leaving out empty values so the API applies its own defaults. */
export function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A small JSON client for `/api/v1`; `fetch` and the CSRF token store are injectable for tests. */
export function createApiClient(
  options: { baseUrl?: string; fetch?: typeof fetch; csrf?: CsrfTokenStore } = {},
): ApiClient {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const csrf = options.csrf ?? createCsrfTokenStore();

  async function send(method: Method, path: string, body: unknown, requestOptions: RequestOptions) {
    const { language, query, signal, headers: extraHeaders } = requestOptions;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': language,
      ...extraHeaders,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = csrf.get();
    if (method !== 'GET' && token) headers['X-CSRF-Token'] = token;

    let response: Response;
    try {
      response = await fetchImpl(buildUrl(baseUrl, path, query), {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        credentials: 'same-origin',
        signal: signal ?? null,
      });
    } catch (cause) {
      // A cancelled query is not a failure to report: let TanStack Query see the AbortError as is.
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError({ code: 'network', message: 'The API could not be reached', status: 0 });
    }
    const parsed = await readJson(response);
    if (!response.ok) throw parseApiError(response.status, parsed, response.headers);
    return { response, body: parsed };
  }

  async function read<T>(path: string, requestOptions: RequestOptions): Promise<Tagged<T>> {
    const { response, body } = await send('GET', path, undefined, requestOptions);
    if (body === undefined) {
      throw new ApiError({ code: 'bad_response', message: 'The API answered without JSON', status: response.status });
    }
    return { data: body as T, etag: response.headers.get('ETag') ?? undefined };
  }

  async function write<T>(method: Method, path: string, body: unknown, requestOptions: RequestOptions): Promise<T> {
    const answer = await send(method, path, body, requestOptions);
    return answer.body as T;
  }

  return {
    async get<T>(path: string, requestOptions: RequestOptions): Promise<T> {
      return (await read<T>(path, requestOptions)).data;
    },
    getTagged: read,
    post: <T>(path: string, body: unknown, requestOptions: RequestOptions) =>
      write<T>('POST', path, body, requestOptions),
    patch: <T>(path: string, body: unknown, requestOptions: RequestOptions) =>
      write<T>('PATCH', path, body, requestOptions),
    put: <T>(path: string, body: unknown, requestOptions: RequestOptions) =>
      write<T>('PUT', path, body, requestOptions),
    delete: <T>(path: string, requestOptions: RequestOptions) => write<T>('DELETE', path, undefined, requestOptions),
  };
}

/** The app's one CSRF token: login and `/me` set it, logout and an ended session clear it. */
export const csrfToken = createCsrfTokenStore();

export const api = createApiClient({ csrf: csrfToken });
