import type { ErrorDetail, Language } from '@atensi/contracts';
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import { isMessageKey, translate } from './messages.js';

type Issue = z.core.$ZodIssue;

/** A request that failed its zod schema; translated for the caller by the error handler. */
export class RequestValidationError extends Error {
  override name = 'RequestValidationError';
  readonly statusCode = 400;

  constructor(
    readonly issues: Issue[],
    readonly part: string,
  ) {
    super(`${part} failed validation`);
  }
}

/**
 * Validates with zod and keeps the raw issues, so the error handler can word them in the language the caller asked
 * for: a message key from our catalog (`region.code_format`) is translated, any other issue goes through zod's own
 * Indonesian or English locale.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, partName(httpPart)) };
  };

function partName(httpPart: string | undefined): string {
  return httpPart === 'querystring' ? 'query' : (httpPart ?? 'body');
}

const locales = { id: z.locales.id(), en: z.locales.en() };

export function describeIssues(issues: Issue[], part: string, language: Language): ErrorDetail[] {
  return issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    message: describeIssue(issue, language),
  }));
}

function describeIssue(issue: Issue, language: Language): string {
  if (isMessageKey(issue.message)) return translate(issue.message, language);
  const localized = locales[language].localeError(issue as Parameters<typeof locales.id.localeError>[0]);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}
