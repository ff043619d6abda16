import { describe, expect, test } from 'vitest';
import { hashRequest, stableStringify } from './idempotency.js';

describe('request hashing for idempotency', () => {
  test('key order does not change a request', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(hashRequest('POST', '/x', { a: 1, b: 2 })).toBe(hashRequest('POST', '/x', { b: 2, a: 1 }));
  });

  test('a different value, path or method is a different request', () => {
    const base = hashRequest('POST', '/x', { a: 1 });
    expect(hashRequest('POST', '/x', { a: 2 })).not.toBe(base);
    expect(hashRequest('POST', '/y', { a: 1 })).not.toBe(base);
    expect(hashRequest('PUT', '/x', { a: 1 })).not.toBe(base);
  });

  test('undefined fields are ignored like JSON does, null is kept', () => {
    expect(stableStringify({ a: undefined, b: null })).toBe('{"b":null}');
    expect(stableStringify(undefined)).toBe('null');
  });
});
