import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CATALOGUES, isMessageKey, translate } from './messages.js';
import { describeIssues } from './validation.js';

describe('messages', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('region.not_found', 'en', { code: '32.04' })).toBe('Region 32.04 was not found.');
    expect(translate('region.not_found', 'id', {})).toBe('Wilayah {code} tidak ditemukan.');
  });

  test('knows its own keys only', () => {
    expect(isMessageKey('error.not_found')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('Too small')).toBe(false);
  });

  test('no two catalogues define the same key (the later would silently win)', () => {
    const keys = CATALOGUES.flatMap((catalogue) => Object.keys(catalogue));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toStrictEqual([]);
  });
});

describe('describeIssues', () => {
  const schema = z.object({ code: z.string().regex(/^\d+$/, { error: 'region.code_format' }), n: z.number().min(1) });
  const issues = schema.safeParse({ code: 'x', n: 0 }, { reportInput: true }).error?.issues ?? [];

  test('a catalog key from a schema is translated', () => {
    const [id] = describeIssues(issues, 'body', 'id');
    expect(id).toEqual({ path: 'body.code', message: expect.stringContaining('Kode wilayah') });
    const [en] = describeIssues(issues, 'body', 'en');
    expect(en?.message).toContain('A region code is');
  });

  test("any other issue is worded by zod's own locale", () => {
    expect(describeIssues(issues, 'query', 'id')[1]).toEqual({
      path: 'query.n',
      message: expect.stringMatching(/Terlalu kecil/),
    });
    expect(describeIssues(issues, 'query', 'en')[1]?.message).toMatch(/Too small/);
  });
});
