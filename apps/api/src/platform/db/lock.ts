import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own: two processes that open one data dir both succeed, and committed rows are lost
 * (stack-notes pitfall 8). We hold a lock file for as long as the database is open. A lock left by a process that
 * died on this host is taken over; one held by a live process is refused with a message naming it.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in process ${holder.pid} ` +
        `(${holder.command}, since ${holder.startedAt}). ` +
        'PGlite allows one process at a time: stop that process first (for example the running `atensi serve`), ' +
        'or use PostgreSQL (DATABASE_URL) to run several processes.',
    );
    this.name = 'DataDirLockedError';
  }
}

type LockHolder = { pid: number; hostname: string; command: string; startedAt: string };

export type DataDirLock = { release(): void };

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'atensi.lock');
  const me: LockHolder = { pid: process.pid, hostname: hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && !isStale(holder)) throw new DataDirLockedError(dataDir, holder);
      unlinkSync(file);
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined; // unreadable or half-written: treat as stale
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return false; // another machine on a shared disk: never steal
  if (holder.pid === process.pid) {
    // Our own pid: either this process opened the dir twice (refuse), or the lock predates this process, as when
    // a container restarts and its Node process is PID 1 again (stale).
    const processStartedAt = Date.now() - process.uptime() * 1000;
    return Date.parse(holder.startedAt) < processStartedAt - 1000;
  }
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
