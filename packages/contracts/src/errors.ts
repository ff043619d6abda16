import { z } from 'zod';

/** The error codes of the public contract (`shared/api-contract.md`, "Errors"), each with its HTTP statuses. */
export const ErrorCode = z.enum([
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One problem with the input: where it is (dotted path, `body.nik`) and what is wrong, in the caller's language. */
export const ErrorDetail = z.object({
  path: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** Every 4xx/5xx body: `{ error: { code, message, details? } }`, `message` in the language of `Accept-Language`. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The languages the product speaks: Bahasa Indonesia by default, English on request. */
export const Language = z.enum(['id', 'en']);
export type Language = z.infer<typeof Language>;
