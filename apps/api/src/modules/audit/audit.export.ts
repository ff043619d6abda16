import { csvField } from '../../platform/csv.js';
import type { Db } from '../../platform/db/database.js';
import { type AuditEventRow, type AuditFilter, scanAuditEvents } from './audit.repository.js';

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

function csvLine(row: AuditEventRow): string {
  return [
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
    .join(',');
}

/** The CSV lines (header first, no line ends) of the events matching `filter`, oldest first, read in pages. */
export async function* auditCsvLines(db: Db, filter: AuditFilter): AsyncGenerator<string> {
  yield COLUMNS.join(',');
  for await (const rows of scanAuditEvents(db, filter)) {
    for (const row of rows) yield csvLine(row);
  }
}

/** Writes the events matching `filter` as CSV lines; returns how many events were written. */
export async function exportAuditCsv(db: Db, filter: AuditFilter, write: (line: string) => void): Promise<number> {
  let count = -1;
  for await (const line of auditCsvLines(db, filter)) {
    write(line);
    count += 1;
  }
  return count;
}
