import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.js';
import type { Db } from './database.js';

/**
 * Optimistic concurrency: every mutable row has a `version`; reads send it as `ETag`, updates must send it back
 * in `If-Match`, and an update whose version is stale is refused with `conflict` and the current version, so two
 * workers editing one record never silently overwrite each other.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/** The version the caller last read, from `If-Match` (`"3"` or `W/"3"`). */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new AppError('invalid', 'concurrency.if_match_required', {}, undefined, 400);
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match?.[1]) throw new AppError('invalid', 'concurrency.if_match_malformed', {}, undefined, 400);
  return Number(match[1]);
}

type VersionedTable = PgTable & { version: AnyPgColumn };

/**
 * Updates the row matched by `where` (which the repository has already scoped) if its version is still
 * `expected`, and bumps the version. A missing row is `not_found`; a changed one is `conflict`.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  where: SQL,
  expected: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const rows = (await db
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1` } as never)
    .where(and(where, eq(table.version, expected)))
    .returning()) as T['$inferSelect'][];
  const [updated] = rows;
  if (updated) return updated;
  const [current] = await db
    .select({ version: table.version })
    .from(table as PgTable)
    .where(where);
  if (!current) throw new AppError('not_found');
  const currentVersion = Number(current.version);
  throw new AppError('conflict', 'concurrency.stale', { currentVersion }, { reason: 'stale', currentVersion });
}
