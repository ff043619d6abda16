import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, test } from 'vitest';
import { assertStorageKey, DiskFileStorage } from './file-storage.js';

const root = mkdtempSync(join(tmpdir(), 'atensi-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the disk storage', () => {
  const storage = new DiskFileStorage(root);

  test('stores, reads back and removes a file; owner-only permissions; no temp file left', async () => {
    await storage.put('activities/a1/d1', Buffer.from('notulen'));
    const stream = await storage.read('activities/a1/d1');
    expect(stream && (await text(stream))).toBe('notulen');
    expect(statSync(join(root, 'activities/a1/d1')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(root, 'activities/a1'))).toEqual(['d1']);
    await storage.remove('activities/a1/d1');
    expect(await storage.read('activities/a1/d1')).toBeNull();
    await storage.remove('activities/a1/d1');
  });

  test('writing a key again replaces its content whole', async () => {
    await storage.put('activities/a2/d1', Buffer.from('first'));
    await expect(storage.put('activities/a2/d1', Buffer.from('second'))).resolves.toBeUndefined();
    const stream = await storage.read('activities/a2/d1');
    expect(stream && (await text(stream))).toBe('second');
  });

  test('keys that could leave the root are refused', () => {
    for (const key of ['../etc/passwd', 'a/../../b', '/abs', 'A/B', 'a//b', 'a/./b', '', 'a\\b']) {
      expect(() => assertStorageKey(key), key).toThrow();
    }
    expect(() => assertStorageKey('activities/0193-ab/0193-cd')).not.toThrow();
  });
});
