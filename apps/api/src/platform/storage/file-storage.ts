import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files live (ADR 0011). The database keeps their metadata and key; the bytes go through this
 * interface, so an object store (S3, MinIO, GCS) can replace the disk by implementing the same four calls.
 * Keys are opaque, made by the caller from ids (`activities/<activity id>/<document id>`): never from a user's
 * file name.
 */
export interface FileStorage {
  /** Stores the bytes under `key` (callers use a new key per document, so nothing is overwritten in practice). */
  put(key: string, content: Buffer): Promise<void>;
  /** The stored bytes as a stream; `null` when nothing is stored under `key`. */
  read(key: string): Promise<Readable | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Refuses anything but plain lower-case path segments, so a key can never leave the storage root. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.length > 300 || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`invalid storage key ${JSON.stringify(key)}`);
  }
}

/** Files on the local disk under `root` (default `<ATENSI_DATA_DIR>/files`), written atomically, mode 0600. */
export class DiskFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new Error('storage key escapes the root');
    return path;
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // Written beside the target and renamed: a reader never sees half a file, a crash leaves only a temp file.
    const temporary = `${path}.${randomUUID()}.part`;
    await writeFile(temporary, content, { mode: 0o600, flag: 'wx' });
    await rename(temporary, path);
  }

  async read(key: string): Promise<Readable | null> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
