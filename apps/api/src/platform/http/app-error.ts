import type { ErrorCode } from '@atensi/contracts';
import type { MessageKey } from './messages.js';

/**
 * The one error vocabulary of the API. Services throw `new AppError('not_found', 'region.not_found', { code })`;
 * the error handler maps the code to a status and translates the message for the caller.
 */
export class AppError extends Error {
  override name = 'AppError';
  /** Headers the answer must carry (`Retry-After` on `rate_limited`). */
  headers: Record<string, string> = {};

  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    readonly messageKey: MessageKey = `error.${code}`,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
    /** Only to pick between the statuses the contract allows for a code (`invalid`: 400 or 422). */
    readonly status?: number,
  ) {
    super(messageKey);
  }
}

const statusOfCode: Record<ErrorCode, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export function statusOf(error: AppError): number {
  return error.status ?? statusOfCode[error.code];
}

/** `invalid` about one field (`body.regionCode`), its message in the caller's language, as validation reports it. */
export function invalidField(path: string, messageKey: MessageKey, params: Record<string, unknown> = {}): AppError {
  return new AppError('invalid', messageKey, params, [{ path, messageKey, params }]);
}
