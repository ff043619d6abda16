import { describe, expect, test } from 'vitest';
import { id } from './catalogues';
import { en } from './catalogues.en';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('the translation catalogues', () => {
  test('English has exactly the keys of Indonesian, the source of truth', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });

  test('no string is left empty', () => {
    const values = [id, en].flatMap((catalogue) =>
      keysOf(catalogue).map((key) =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue),
      ),
    );
    expect(values.filter((value) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
  });
});
