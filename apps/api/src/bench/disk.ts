import { statfs } from 'node:fs/promises';
import type pg from 'pg';

/**
 * What a generated country takes on the database's disk per person, tables and indexes together: measured at
 * scale 0.01 (ADR 0012), where 40,000 people fill 734 MiB. It grows with the people, so scale 1 needs
 * about 72 GiB.
 */
export const BYTES_PER_PERSON = 19_300;
/** The write-ahead log and the sorts of the index builds while loading, on top of the data (ADR 0012). */
export const LOAD_HEADROOM_BYTES = 4 * 1024 ** 3;

const GIB = 1024 ** 3;
const gib = (bytes: number) => (bytes / GIB).toFixed(1);

export type DiskCheck = { neededBytes: number; freeBytes: number | null; where: string | null };

/** The bytes a country of `people` needs while it loads. */
export function bytesNeeded(people: number): number {
  return Math.round(people * BYTES_PER_PERSON + LOAD_HEADROOM_BYTES);
}

/**
 * Checks that the database server's disk can hold the country before an hour of loading starts. The free space is
 * known only when the server runs on this machine (its data directory is a local folder); otherwise the need is
 * only reported.
 */
export async function checkDiskSpace(
  admin: pg.Client,
  url: string,
  people: number,
  freeBytesAt: (path: string) => Promise<number> = localFreeBytes,
): Promise<DiskCheck> {
  const neededBytes = bytesNeeded(people);
  const host = new URL(url).hostname;
  if (!['', 'localhost', '127.0.0.1', '[::1]'].includes(host)) return { neededBytes, freeBytes: null, where: null };
  let where: string | null = null;
  let freeBytes: number | null = null;
  try {
    const { rows } = await admin.query<{ data_directory: string }>('SHOW data_directory');
    where = rows[0]?.data_directory ?? null;
    if (where) freeBytes = await freeBytesAt(where);
  } catch {
    // Not allowed to see the data directory (no superuser or pg_read_all_settings), or not readable from here.
    return { neededBytes, freeBytes: null, where };
  }
  if (freeBytes !== null && freeBytes < neededBytes) {
    throw new Error(
      `the country needs about ${gib(neededBytes)} GiB on the database's disk and ${where} has ${gib(freeBytes)} GiB free: free some space, use a smaller scale, or generate on another server`,
    );
  }
  return { neededBytes, freeBytes, where };
}

export function describeDiskCheck(check: DiskCheck): string {
  const free = check.freeBytes === null ? 'free space not known here' : `${gib(check.freeBytes)} GiB free`;
  return `disk: about ${gib(check.neededBytes)} GiB needed while loading, ${free}${check.where ? ` at ${check.where}` : ''}`;
}

async function localFreeBytes(path: string): Promise<number> {
  const stats = await statfs(path);
  return stats.bavail * stats.bsize;
}
