import type { ErrorBody, Language } from '@atensi/contracts';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, statusOf } from './app-error.js';
import { pickLanguage } from './language.js';
import { isMessageKey, type MessageKey, translate } from './messages.js';
import { describeIssues, RequestValidationError } from './validation.js';
import { isWebRoute } from './web.js';

type Reply = { status: number; body: ErrorBody };

/**
 * One error handler for the whole API: every 4xx/5xx answer has the contract's shape
 * `{ error: { code, message, details? } }`, worded in the caller's language; a 5xx never shows internals.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const answer = toErrorReply(error, request);
    if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
    else if (typeof (error as { constraint?: unknown }).constraint === 'string') {
      request.log.warn(
        { constraint: (error as { constraint: string }).constraint },
        'refused by a database constraint',
      );
    } else request.log.info({ code: answer.body.error.code, status: answer.status }, 'request refused');
    if (error instanceof AppError) void reply.headers(error.headers);
    return reply.code(answer.status).send(answer.body);
  });
}

/**
 * Unknown routes answer the contract's `not_found`; when the web app is served, a browser navigating to one of
 * its client-side routes (`/regions/32.04`) gets index.html instead.
 */
export function registerNotFound(app: FastifyInstance, options: { servesWebApp: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    if (options.servesWebApp && isWebRoute(request.method, request.url, request.headers.accept)) {
      return reply.type('text/html').sendFile('index.html');
    }
    const language = languageOf(request);
    const path = request.url.split('?')[0] ?? '/';
    return reply.code(404).send({
      error: {
        code: 'not_found',
        message: translate('error.route_not_found', language, { method: request.method, path: path.slice(0, 200) }),
      },
    } satisfies ErrorBody);
  });
}

export function languageOf(request: FastifyRequest): Language {
  return pickLanguage(request.headers['accept-language']);
}

/**
 * Field problems raised by services are `{ path, messageKey }`; the caller gets `{ path, message }` in their
 * language, like the problems found by request validation.
 */
function translateDetails(details: unknown, language: Language): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((detail: unknown) => {
    if (typeof detail !== 'object' || detail === null || !('messageKey' in detail)) return detail;
    const { messageKey, params, ...rest } = detail as { messageKey: string; params?: Record<string, unknown> };
    return { ...rest, message: isMessageKey(messageKey) ? translate(messageKey, language, params) : messageKey };
  });
}

/** The SQLSTATE of a database error, also when Drizzle wraps it (`DrizzleQueryError.cause`). */
function databaseErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 3; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function toErrorReply(error: unknown, request: FastifyRequest): Reply {
  const language = languageOf(request);
  if (error instanceof AppError) {
    return {
      status: statusOf(error),
      body: {
        error: {
          code: error.code,
          message: translate(error.messageKey, language, error.params),
          ...(error.details === undefined ? {} : { details: translateDetails(error.details, language) }),
        },
      },
    };
  }
  const cause = (error as FastifyError | undefined)?.cause;
  const validation =
    error instanceof RequestValidationError ? error : cause instanceof RequestValidationError ? cause : undefined;
  if (validation) {
    const details = describeIssues(validation.issues, validation.part, language);
    return {
      // 422: the body was read but its content breaks the rules; 400: the query, path or headers are wrong.
      status: validation.part === 'body' ? 422 : 400,
      body: {
        error: {
          code: 'invalid',
          message: translate('request.invalid_fields', language, { count: details.length }),
          details,
        },
      },
    };
  }
  // A safety net under the services' own checks: a constraint the database enforces is the caller's conflict or
  // bad input, never a 500 (the service's check should have named it; the log says which constraint).
  const databaseCode = databaseErrorCode(error);
  if (databaseCode === '23505')
    return { status: 409, body: { error: { code: 'conflict', message: translate('error.conflict', language) } } };
  if (databaseCode === '23503' || databaseCode === '23514' || databaseCode === '22P02' || databaseCode === '22007') {
    return { status: 422, body: { error: { code: 'invalid', message: translate('error.invalid', language) } } };
  }
  const fastifyError = error as Partial<FastifyError> | undefined;
  const status = fastifyError?.statusCode ?? 500;
  if (status >= 400 && status < 500) return clientError(fastifyError, status, language);
  return { status: 500, body: { error: { code: 'internal', message: translate('error.internal', language) } } };
}

/** Errors Fastify raises itself before our code runs (parsing, content type, size). */
function clientError(error: Partial<FastifyError> | undefined, status: number, language: Language): Reply {
  const code = error?.code ?? '';
  const invalid = (key: MessageKey): Reply => ({
    status: 400,
    body: { error: { code: 'invalid', message: translate(key, language) } },
  });
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return invalid('request.unsupported_media_type');
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return invalid('request.body_too_large');
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return invalid('request.body_required');
  if (code.startsWith('FST_ERR_CTP') || error?.name === 'SyntaxError') return invalid('request.malformed_json');
  const byStatus: Record<number, Reply['body']['error']['code']> = {
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    429: 'rate_limited',
  };
  const mapped = byStatus[status];
  if (mapped) return { status, body: { error: { code: mapped, message: translate(`error.${mapped}`, language) } } };
  return invalid('error.invalid');
}
