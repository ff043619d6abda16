import type { AuditEvent, AuditEventExportQuery, AuditEventList, AuditEventQuery } from '@atensi/contracts';
import { inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { users } from '../users/index.js';
import {
  type AuditCursor,
  type AuditEventRow,
  type AuditFilter,
  dayRange,
  findAuditEvents,
} from './audit.repository.js';
import { type AuditContext, recordAudit } from './audit.writer.js';

/** The audit viewer works in Western Indonesia Time (WIB), where the Directorate and Inspectorate sit. */
export const VIEWER_UTC_OFFSET = '+07:00';

function encodeCursor(row: AuditEventRow): string {
  return Buffer.from(JSON.stringify([row.occurredAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): AuditCursor {
  try {
    const [occurredAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(occurredAt));
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(date.getTime())) throw new Error('bad');
    return { occurredAt: date, id };
  } catch {
    throw new AppError(
      'invalid',
      'audit.cursor_invalid',
      {},
      [{ path: 'querystring.before', messageKey: 'audit.cursor_invalid' }],
      400,
    );
  }
}

/** The filter of a query; refuses a range whose start is after its end. */
export function filterOf(query: AuditEventExportQuery): AuditFilter {
  if (query.from && query.to && query.from > query.to) {
    throw new AppError(
      'invalid',
      'audit.range_invalid',
      {},
      [{ path: 'querystring.from', messageKey: 'audit.range_invalid' }],
      400,
    );
  }
  return {
    actorId: query.actorId,
    entityType: query.entityType,
    entityId: query.entityId,
    action: query.action,
    ...dayRange(query.from, query.to, VIEWER_UTC_OFFSET),
  };
}

/** Which filters a search used (names only: an entity id may identify a client, so values stay out). */
function filterNames(query: AuditEventExportQuery): string[] {
  return Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name)
    .sort();
}

async function usernamesOf(db: Db, rows: AuditEventRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((row) => [row.id, row.username]));
}

function present(row: AuditEventRow, usernames: Map<string, string>): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorUsername: row.actorId ? (usernames.get(row.actorId) ?? null) : null,
    actorRole: row.actorRole,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    institutionId: row.institutionId,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    changedFields: row.changedFields,
    details: row.details,
  };
}

/** A page of the audit trail, newest first. Reading the trail is itself recorded in it. */
export async function listAuditEvents(
  db: Db,
  actor: Actor,
  query: AuditEventQuery,
  audit: AuditContext,
): Promise<AuditEventList> {
  authorize(actor, 'audit:read');
  const filter = filterOf(query);
  const before = query.before ? decodeCursor(query.before) : undefined;
  return db.transaction(async (tx) => {
    const rows = await findAuditEvents(tx, filter, { limit: query.limit, before });
    await recordAudit(tx, audit, {
      action: 'audit.read',
      entityType: 'audit_event',
      details: { filters: filterNames(query), count: rows.length },
    });
    const usernames = await usernamesOf(tx, rows);
    const last = rows[rows.length - 1];
    return {
      items: rows.map((row) => present(row, usernames)),
      nextCursor: rows.length === query.limit && last ? encodeCursor(last) : null,
    };
  });
}

/** Records that an export of the trail was made (before it streams out). */
export async function recordAuditExport(
  db: Db,
  actor: Actor,
  query: AuditEventExportQuery,
  audit: AuditContext,
): Promise<AuditFilter> {
  authorize(actor, 'audit:read');
  const filter = filterOf(query);
  await db.transaction(async (tx) => {
    await recordAudit(tx, audit, {
      action: 'audit.export',
      entityType: 'audit_event',
      details: { filters: filterNames(query) },
    });
  });
  return filter;
}
