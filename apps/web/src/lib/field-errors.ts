import { ApiError } from './api';

/**
 * The server's message for one body field (`username` reads `body.username`), so a form can show it under the
 * field; `null` when the server named no such field.
 */
export function serverFieldError(error: unknown, field: string): string | null {
  return error instanceof ApiError ? (error.messageFor(`body.${field}`) ?? null) : null;
}

/** True when every problem the server listed has a field of the form to show it under. */
export function isPlacedInFields(error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || !error.details) return false;
  return error.details.every((detail) => fields.some((field) => detail.path === `body.${field}`));
}
