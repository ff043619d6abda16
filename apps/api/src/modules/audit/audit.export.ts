import { and, asc, gte, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { auditEvents } from './audit.table.js';

const COLUMNS = [
  'id',
  'occurred_at',
  'chain',
  'seq',
  'actor_id',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'institution_id',
  'ip',
  'user_agent',
  'request_id',
  'changed_fields',
  'hash',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes the events of [from, to] (dates, inclusive, UTC) as CSV lines, oldest first, in pages. */
export async function exportAuditCsv(db: Db, from: string, to: string, write: (line: string) => void): Promise<number> {
  const start = new Date(`${from}T00:00:00.000Z`);
  const end = new Date(`${to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  write(COLUMNS.join(','));
  let count = 0;
  let offset = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(gte(auditEvents.occurredAt, start), lt(auditEvents.occurredAt, end)))
      .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id))
      .limit(5000)
      .offset(offset);
    for (const row of rows) {
      write(
        [
          row.id,
          row.occurredAt.toISOString(),
          row.chain,
          row.seq,
          row.actorId,
          row.actorRole,
          row.action,
          row.entityType,
          row.entityId,
          row.institutionId,
          row.ip,
          row.userAgent,
          row.requestId,
          row.changedFields.join(' '),
          row.hash,
        ]
          .map(csvField)
          .join(','),
      );
    }
    count += rows.length;
    offset += rows.length;
    if (rows.length < 5000) return count;
  }
}
