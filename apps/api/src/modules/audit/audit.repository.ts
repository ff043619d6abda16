import { and, asc, desc, eq, gt, gte, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { auditEvents } from './audit.table.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;

/** Filters over the audit trail; the time range is half-open [occurredFrom, occurredBefore). */
export type AuditFilter = {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  occurredFrom?: Date | undefined;
  occurredBefore?: Date | undefined;
};

/** Turns inclusive calendar days into a half-open instant range, in a fixed UTC offset (`+07:00` for WIB). */
export function dayRange(
  from: string | undefined,
  to: string | undefined,
  offset: string,
): Pick<AuditFilter, 'occurredFrom' | 'occurredBefore'> {
  const range: Pick<AuditFilter, 'occurredFrom' | 'occurredBefore'> = {};
  if (from) range.occurredFrom = new Date(`${from}T00:00:00.000${offset}`);
  if (to) {
    const end = new Date(`${to}T00:00:00.000${offset}`);
    end.setUTCDate(end.getUTCDate() + 1);
    range.occurredBefore = end;
  }
  return range;
}

export function auditConditions(filter: AuditFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.entityType) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.occurredFrom) conditions.push(gte(auditEvents.occurredAt, filter.occurredFrom));
  if (filter.occurredBefore) conditions.push(lt(auditEvents.occurredAt, filter.occurredBefore));
  return conditions;
}

export type AuditCursor = { occurredAt: Date; id: string };

/** Newest first, keyset-paginated on (occurred_at, id), so deep pages cost the same as the first. */
export async function findAuditEvents(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; before?: AuditCursor | undefined },
): Promise<AuditEventRow[]> {
  const conditions = auditConditions(filter);
  if (page.before) {
    const older = or(
      lt(auditEvents.occurredAt, page.before.occurredAt),
      and(eq(auditEvents.occurredAt, page.before.occurredAt), lt(auditEvents.id, page.before.id)),
    );
    if (older) conditions.push(older);
  }
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(page.limit);
}

/** Oldest first, in pages of `size` (keyset on occurred_at, id), for exports. */
export async function* scanAuditEvents(db: Db, filter: AuditFilter, size = 5000): AsyncGenerator<AuditEventRow[]> {
  let after: AuditCursor | undefined;
  for (;;) {
    const conditions = auditConditions(filter);
    if (after) {
      const newer = or(
        gt(auditEvents.occurredAt, after.occurredAt),
        and(eq(auditEvents.occurredAt, after.occurredAt), gt(auditEvents.id, after.id)),
      );
      if (newer) conditions.push(newer);
    }
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(...conditions))
      .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id))
      .limit(size);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < size) return;
    after = { occurredAt: last.occurredAt, id: last.id };
  }
}
