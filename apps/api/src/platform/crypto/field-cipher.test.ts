import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { FieldCipher, KeyRingError, newDataKey, parseDataKeys } from './field-cipher.js';

const indexKey = randomBytes(32);
const k1 = newDataKey('k1');
const k2 = newDataKey('k2');

describe('field encryption', () => {
  test('seals with the active key, opens with any key of the ring, never shows the plaintext', () => {
    const old = new FieldCipher({ dataKeys: [k1], indexKey });
    const sealed = old.seal('nik', '3204120501900001');
    expect(sealed).toMatch(/^k1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('3204120501900001');
    expect(old.seal('nik', '3204120501900001')).not.toBe(sealed);
    const rotated = new FieldCipher({ dataKeys: [k2, k1], indexKey });
    expect(rotated.open('nik', sealed)).toBe('3204120501900001');
    expect(rotated.isStale(sealed)).toBe(true);
    expect(rotated.isStale(rotated.seal('nik', 'x'))).toBe(false);
    expect(old.seal('nik', null)).toBeNull();
    expect(old.open('nik', null)).toBeNull();
  });

  test('every value gets its own IV, also across the blocks IVs are cut from, and each opens', () => {
    const cipher = new FieldCipher({ dataKeys: [k1], indexKey });
    const sealed = Array.from({ length: 1000 }, (_, n) => cipher.seal('phone', `+62 812 ${n}`) ?? '');
    const ivs = sealed.map((value) => value.split('.')[1]);
    expect(new Set(ivs).size).toBe(1000);
    expect(ivs.every((iv) => Buffer.from(iv ?? '', 'base64url').length === 12)).toBe(true);
    expect(sealed.map((value) => cipher.open('phone', value))).toEqual(sealed.map((_, n) => `+62 812 ${n}`));
  });

  test('a value moved to another column, altered, or sealed with an unknown key does not open', () => {
    const cipher = new FieldCipher({ dataKeys: [k1], indexKey });
    const sealed = cipher.seal('phone', '+62 812 0000 1111') ?? '';
    expect(() => cipher.open('address', sealed)).toThrow();
    const [id, iv, tag, body = ''] = sealed.split('.');
    // Change the first character of the ciphertext to another one (a fixed 'A' would do nothing 1 time in 64).
    const altered = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`;
    expect(() => cipher.open('phone', [id, iv, tag, altered].join('.'))).toThrow();
    expect(() => new FieldCipher({ dataKeys: [k2], indexKey }).open('phone', sealed)).toThrow(KeyRingError);
  });

  test('the blind index is stable, keyed and separated by kind', () => {
    const cipher = new FieldCipher({ dataKeys: [k1], indexKey });
    expect(cipher.blindIndex('nik', '3204120501900001')).toBe(cipher.blindIndex('nik', '3204120501900001'));
    expect(cipher.blindIndex('nik', '3204120501900001')).not.toBe(cipher.blindIndex('kk', '3204120501900001'));
    expect(new FieldCipher({ dataKeys: [k1], indexKey: randomBytes(32) }).blindIndex('nik', '1')).not.toBe(
      cipher.blindIndex('nik', '1'),
    );
  });

  test('key rings are checked', () => {
    expect(() => new FieldCipher({ dataKeys: [], indexKey })).toThrow(KeyRingError);
    expect(() => new FieldCipher({ dataKeys: [{ id: 'k1', key: randomBytes(16) }], indexKey })).toThrow(/32 bytes/);
    expect(
      parseDataKeys(`k2:${k2.key.toString('base64')}, k1:${k1.key.toString('base64')}`).map((key) => key.id),
    ).toStrictEqual(['k2', 'k1']);
    expect(() => parseDataKeys('nonsense')).toThrow(KeyRingError);
  });
});
