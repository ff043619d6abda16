import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'atensi-lock-'));
const holder = (pid: number) =>
  JSON.stringify({ pid, hostname: hostname(), command: 'atensi serve', startedAt: '2026-11-23T00:00:00.000Z' });

describe('the PGlite data dir lock', () => {
  test('a second opener is refused while the first holds it, and may open after release', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'atensi serve');
    expect(() => acquireDataDirLock(dir, 'atensi migrate')).toThrow(DataDirLockedError);
    lock.release();
    expect(existsSync(join(dir, 'atensi.lock'))).toBe(false);
    acquireDataDirLock(dir, 'atensi migrate').release();
  });

  test('a lock held by another live process names it', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'atensi.lock'), holder(child.pid ?? 0));
      expect(() => acquireDataDirLock(dir, 'atensi migrate')).toThrow(
        new RegExp(`already open in process ${child.pid} \\(atensi serve`),
      );
    } finally {
      child.kill();
    }
  });

  test('a lock left by a process that died is taken over', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(join(dir, 'atensi.lock'), holder(child.pid ?? 0));
    const lock = acquireDataDirLock(dir, 'atensi serve');
    lock.release();
  });

  test('a lock from another host is never stolen', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'atensi.lock'),
      JSON.stringify({ pid: 1, hostname: 'other-host', command: 'atensi serve', startedAt: 'x' }),
    );
    expect(() => acquireDataDirLock(dir, 'atensi migrate')).toThrow(DataDirLockedError);
  });
});
