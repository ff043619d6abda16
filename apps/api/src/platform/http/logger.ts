import type { FastifyServerOptions } from 'fastify';

/**
 * Logs carry ids, never people: any field that can hold a name, NIK, phone, address, clinical note or secret is
 * censored wherever it appears (two levels deep), and URLs are logged without their query string, where a name
 * search would otherwise leak.
 */
const PERSONAL_FIELDS = [
  'nik',
  'kk',
  'kkNumber',
  'fullName',
  'name',
  'aliases',
  'phone',
  'address',
  'birthDate',
  'placeOfBirth',
  'notes',
  'note',
  'password',
  'newPassword',
  'token',
  'totp',
];

export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

export function loggerOptions(level: string, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: { id?: string; method?: string; url?: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url?.split('?')[0],
      }),
    },
  };
}
