/**
 * Whether `value` is one of a contract's values (its zod-free list, e.g. `CASE_STATUSES`): checking the list instead
 * of the zod enum keeps zod out of the first load (issue 9).
 */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
