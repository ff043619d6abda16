/** Escapes LIKE wildcards (`%`, `_`) and the escape character, so user text matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (match) => `\\${match}`);
}
