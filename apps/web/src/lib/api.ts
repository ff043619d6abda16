import type { ErrorCode, ErrorDetail, Language } from '@atensi/contracts';

/** The API's error codes, plus two the client raises itself: no answer at all, or an answer without our error shape. */
export type ApiErrorCode = ErrorCode | 'network' | 'bad_response';

/** A failed API call. `message` is the server's, already in the UI language, unless `code` is one of the client's own. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;

  constructor(init: { code: ApiErrorCode; message: string; status: number; details?: ErrorDetail[] | undefined }) {
    super(init.message);
    this.code = init.code;
    this.status = init.status;
    this.details = init.details;
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

/** Turns a non-2xx answer into an `ApiError`, reading `{ error: { code, message, details? } }` when it is there. */
export function parseApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && isErrorCode(error.code) && typeof error.message === 'string') {
    return new ApiError({
      code: error.code,
      message: error.message,
      status,
      details: parseDetails(error.details),
    });
  }
  return new ApiError({ code: 'bad_response', message: `Unexpected HTTP ${status} answer`, status });
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  language: Language;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
}

export interface ApiClient {
  get<T>(path: string, options: RequestOptions): Promise<T>;
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

/** A small JSON client for `/api/v1`; `fetch` is injectable for tests. */
export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return {
    async get<T>(path: string, { language, query, signal }: RequestOptions): Promise<T> {
      let response: Response;
      try {
        response = await fetchImpl(buildUrl(baseUrl, path, query), {
          method: 'GET',
          headers: { Accept: 'application/json', 'Accept-Language': language },
          credentials: 'same-origin',
          signal: signal ?? null,
        });
      } catch (cause) {
        // A cancelled query is not a failure to report: let TanStack Query see the AbortError as is.
        if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
        throw new ApiError({ code: 'network', message: 'The API could not be reached', status: 0 });
      }
      const body = await readJson(response);
      if (!response.ok) throw parseApiError(response.status, body);
      if (body === undefined) {
        throw new ApiError({ code: 'bad_response', message: 'The API answered without JSON', status: response.status });
      }
      return body as T;
    },
  };
}

export const api = createApiClient();
