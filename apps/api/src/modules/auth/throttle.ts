import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { loginThrottles } from './auth.table.js';

/** The first lock lasts this long; each further failure doubles it, up to `MAX_LOCK_MS`. */
export const BASE_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 60 * 60_000;
/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MS = 60 * 60_000;

/**
 * Exponential backoff: below `threshold` failures nothing is locked; the threshold-th failure locks for 30 s,
 * the next for 60 s, then 2, 4, 8 minutes... up to an hour.
 */
export function lockDurationMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** Math.min(failures - threshold, 20), MAX_LOCK_MS);
}

export type ThrottleKeys = { user: string; ip: string | null };

export function throttleKeys(username: string, ip: string | null): ThrottleKeys {
  return { user: `user:${username.trim().toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
}

function keysOf(keys: ThrottleKeys): string[] {
  return keys.ip ? [keys.user, keys.ip] : [keys.user];
}

/** When the caller may try again (the later of the two locks), or null when not locked. */
export async function lockedUntil(db: Db, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keysOf(keys)));
  const until = rows
    .map((row) => row.lockedUntil)
    .filter((date): date is Date => date !== null && date > now)
    .sort((a, b) => b.getTime() - a.getTime());
  return until[0] ?? null;
}

/** Counts a failure against the username and the address, locking each one that reaches its threshold. */
export async function recordLoginFailure(
  db: Db,
  keys: ThrottleKeys,
  thresholds: { user: number; ip: number },
  now: Date,
): Promise<void> {
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_MS);
  for (const [key, threshold] of [
    [keys.user, thresholds.user],
    [keys.ip, thresholds.ip],
  ] as const) {
    if (!key) continue;
    const [row] = await db
      .insert(loginThrottles)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottles.lastFailureAt} < ${forgetBefore} THEN 1 ELSE ${loginThrottles.failures} + 1 END`,
          lastFailureAt: now,
        },
      })
      .returning({ failures: loginThrottles.failures });
    const lockMs = lockDurationMs(row?.failures ?? 1, threshold);
    if (lockMs > 0) {
      await db
        .update(loginThrottles)
        .set({ lockedUntil: new Date(now.getTime() + lockMs) })
        .where(sql`${loginThrottles.key} = ${key}`);
    }
  }
}

/** A successful sign-in clears the username's count (the address's count decays on its own). */
export async function clearLoginFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.delete(loginThrottles).where(inArray(loginThrottles.key, [keys.user]));
}

/** Drops counts nobody has added to for a day (hourly housekeeping). */
export async function purgeLoginThrottles(db: Db, now: Date): Promise<number> {
  const removed = await db
    .delete(loginThrottles)
    .where(sql`${loginThrottles.lastFailureAt} < ${new Date(now.getTime() - 24 * 3_600_000)}`)
    .returning({ key: loginThrottles.key });
  return removed.length;
}
