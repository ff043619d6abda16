import { describe, expect, test } from 'vitest';
import { pickLanguage } from './language.js';

describe('pickLanguage', () => {
  test.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['in', 'id'],
    ['fr-FR,en;q=0.5', 'en'],
    ['en;q=0.2,id;q=0.8', 'id'],
    ['en;q=0', 'id'],
    ['de', 'id'],
    [';;;q=abc', 'id'],
    [['en', 'id'], 'en'],
  ] as const)('%j -> %s', (header, expected) => {
    expect(pickLanguage(header as string | string[] | undefined)).toBe(expected);
  });
});
