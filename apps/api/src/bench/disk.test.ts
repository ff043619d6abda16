import type pg from 'pg';
import { describe, expect, test } from 'vitest';
import { BYTES_PER_PERSON, bytesNeeded, checkDiskSpace, describeDiskCheck, LOAD_HEADROOM_BYTES } from './disk.js';

const GIB = 1024 ** 3;
const serverAt = (dataDirectory: string) =>
  ({ query: async () => ({ rows: [{ data_directory: dataDirectory }] }) }) as unknown as pg.Client;
const local = 'postgres://u:p@127.0.0.1:5432/atensi_bench_s1';

describe('the disk check before a country is generated', () => {
  test('a country needs its people times the measured bytes per person, plus the load headroom', () => {
    expect(bytesNeeded(4_000_000)).toBe(4_000_000 * BYTES_PER_PERSON + LOAD_HEADROOM_BYTES);
    expect(bytesNeeded(4_000_000) / GIB).toBeGreaterThan(70);
    expect(bytesNeeded(4_000_000) / GIB).toBeLessThan(80);
  });

  test('a local server without room is refused before loading, saying what is needed and what is free', async () => {
    const check = checkDiskSpace(serverAt('/var/lib/postgresql/15/main'), local, 4_000_000, async () => 60 * GIB);
    await expect(check).rejects.toThrow(
      /needs about 75\.\d GiB .* \/var\/lib\/postgresql\/15\/main has 60\.0 GiB free/,
    );
  });

  test('a local server with room passes and reports both figures', async () => {
    const check = await checkDiskSpace(serverAt('/data'), local, 40_000, async () => 60 * GIB);
    expect(check).toEqual({ neededBytes: bytesNeeded(40_000), freeBytes: 60 * GIB, where: '/data' });
    expect(describeDiskCheck(check)).toBe('disk: about 4.7 GiB needed while loading, 60.0 GiB free at /data');
  });

  test('a remote server, or one that does not show its data directory, is only reported', async () => {
    const never = async () => {
      throw new Error('not asked');
    };
    const remote = await checkDiskSpace(serverAt('/data'), 'postgres://u:p@db.example:5432/x', 4_000_000, never);
    expect(remote.freeBytes).toBeNull();
    const hidden = {
      query: async () => {
        throw new Error('must be superuser or have privileges of pg_read_all_settings');
      },
    } as unknown as pg.Client;
    const unknown = await checkDiskSpace(hidden, local, 4_000_000, never);
    expect(unknown).toEqual({ neededBytes: bytesNeeded(4_000_000), freeBytes: null, where: null });
    expect(describeDiskCheck(unknown)).toMatch(/free space not known here$/);
  });
});
