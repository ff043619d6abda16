import { describe, expect, test } from 'vitest';
import { uuidv7 } from './uuid.js';

describe('uuidv7', () => {
  test('has the version 7 layout and carries its time in the first 48 bits', () => {
    const id = uuidv7(Date.UTC(2026, 10, 23, 8, 0, 0));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 23, 8, 0, 0));
  });

  test('later ids sort after earlier ones', () => {
    expect(uuidv7(1000) < uuidv7(2000)).toBe(true);
  });
});
