import { describe, expect, test } from 'vitest';
import { copyLine, copyValue, textArray } from './copy-text.js';

describe('COPY text format', () => {
  test('null, booleans, numbers and dates', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue(true)).toBe('t');
    expect(copyValue(false)).toBe('f');
    expect(copyValue(42)).toBe('42');
    expect(copyValue(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe('2026-01-02T03:04:05.006Z');
    expect(() => copyValue(Number.NaN)).toThrow();
  });

  test('backslash, tab, newline and carriage return are escaped; nothing else is', () => {
    expect(copyValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyValue('Jl. "Bambu" Apus, RT 01/RW 02')).toBe('Jl. "Bambu" Apus, RT 01/RW 02');
  });

  test('text arrays quote every element; objects are JSON', () => {
    expect(textArray(['a', 'b c', 'd,e', 'f"g', 'h\\i'])).toBe('{"a","b c","d,e","f\\"g","h\\\\i"}');
    expect(copyValue(['x'])).toBe('{"x"}');
    expect(copyValue([])).toBe('{}');
    expect(copyValue({ a: 'b\tc' })).toBe('{"a":"b\\\\tc"}');
  });

  test('a line has one value per column and ends with a newline', () => {
    expect(copyLine(['a', null, 1])).toBe('a\t\\N\t1\n');
  });
});
