import type { ServiceRecord, ServiceRecordList, ServiceSession, ServiceSessionList } from '@atensi/contracts';
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { beneficiaries, type ClientDataContext } from '../beneficiaries/index.js';
import { cases, caseWithinScope } from '../cases/index.js';
import { isWithinScope, scopeOf, todayInJakarta } from '../institutions/index.js';
import { serviceCatalogueItems } from '../service-catalogue/index.js';
import { users } from '../users/index.js';
import { staff } from '../workforce/index.js';
import { SERVICE_FIELD } from './record-services.js';
import { serviceRecords, serviceSessions } from './service-delivery.table.js';

const attendees =
  sql<number>`(SELECT count(*) FROM service_records x WHERE x.session_id = ${serviceSessions.id})`.mapWith(Number);

function selectRecords(db: Db) {
  return db
    .select({
      record: serviceRecords,
      session: serviceSessions,
      item: serviceCatalogueItems,
      staffName: staff.fullName,
      beneficiaryName: beneficiaries.fullName,
      recordedByName: users.displayName,
      attendeeCount: attendees,
    })
    .from(serviceRecords)
    .innerJoin(serviceSessions, eq(serviceSessions.id, serviceRecords.sessionId))
    .innerJoin(serviceCatalogueItems, eq(serviceCatalogueItems.id, serviceRecords.catalogueItemId))
    .innerJoin(staff, eq(staff.id, serviceSessions.staffId))
    .innerJoin(cases, eq(cases.id, serviceRecords.caseId))
    .innerJoin(beneficiaries, eq(beneficiaries.id, cases.beneficiaryId))
    .leftJoin(users, eq(users.id, serviceSessions.recordedBy));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectRecords>['where']>>[number];

function present(cipher: FieldCipher, row: Selected): ServiceRecord {
  const { record, session, item } = row;
  return {
    id: record.id,
    sessionId: session.id,
    kind: session.kind,
    caseId: record.caseId,
    beneficiaryName: row.beneficiaryName,
    heldOn: record.heldOn,
    catalogueItem: {
      id: item.id,
      code: item.code,
      component: item.component,
      name: { id: item.nameId, en: item.nameEn },
      unit: item.unit,
    },
    durationMinutes: session.durationMinutes,
    staffId: session.staffId,
    staffName: row.staffName,
    location: session.location,
    topic: session.topic,
    attended: record.attended,
    quantity: record.quantity,
    goalId: record.goalId,
    goalProgress: record.goalProgress,
    note: cipher.open(SERVICE_FIELD.recordNote, record.noteCipher),
    attendeeCount: row.attendeeCount,
    recordedByName: row.recordedByName,
    recordedAt: session.recordedAt.toISOString(),
  };
}

/** The services a case received, newest first (audited as a read of the case). */
export async function listCaseServiceRecords(
  context: ClientDataContext,
  actor: Actor,
  caseId: string,
  page: { limit: number; offset: number },
  audit: AuditContext,
): Promise<ServiceRecordList> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ institutionId: cases.institutionId })
      .from(cases)
      .where(and(eq(cases.id, caseId), caseWithinScope(scope)));
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'service.read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    const where = eq(serviceRecords.caseId, caseId);
    const [rows, totals] = await Promise.all([
      selectRecords(tx)
        .where(where)
        .orderBy(desc(serviceRecords.heldOn), desc(serviceSessions.recordedAt), desc(serviceRecords.id))
        .limit(page.limit)
        .offset(page.offset),
      tx.select({ total: count() }).from(serviceRecords).where(where),
    ]);
    return { items: rows.map((row) => present(context.cipher, row)), total: totals[0]?.total ?? 0 };
  });
}

async function sessionsWhere(context: ClientDataContext, tx: Db, where: SQL): Promise<ServiceSession[]> {
  const sessions = await tx
    .select({ session: serviceSessions, staffName: staff.fullName, item: serviceCatalogueItems })
    .from(serviceSessions)
    .innerJoin(staff, eq(staff.id, serviceSessions.staffId))
    .innerJoin(serviceCatalogueItems, eq(serviceCatalogueItems.id, serviceSessions.catalogueItemId))
    .where(where)
    .orderBy(desc(serviceSessions.heldOn), desc(serviceSessions.recordedAt))
    .limit(200);
  const ids = sessions.map((row) => row.session.id);
  const records =
    ids.length === 0
      ? []
      : await selectRecords(tx)
          .where(inArray(serviceRecords.sessionId, ids))
          .orderBy(asc(beneficiaries.fullName), asc(serviceRecords.id));
  return sessions.map(({ session, staffName, item }) => ({
    id: session.id,
    kind: session.kind,
    institutionId: session.institutionId,
    heldOn: session.heldOn,
    catalogueItem: {
      id: item.id,
      code: item.code,
      component: item.component,
      name: { id: item.nameId, en: item.nameEn },
      unit: item.unit,
    },
    durationMinutes: session.durationMinutes,
    staffId: session.staffId,
    staffName,
    location: session.location,
    topic: session.topic,
    note: context.cipher.open(SERVICE_FIELD.sessionNote, session.noteCipher),
    records: records.filter((row) => row.session.id === session.id).map((row) => present(context.cipher, row)),
    recordedAt: session.recordedAt.toISOString(),
  }));
}

/** One session with everybody on it (audited: it names people). */
export async function readServiceSession(
  context: ClientDataContext,
  actor: Actor,
  sessionId: string,
  audit: AuditContext,
): Promise<ServiceSession> {
  authorize(actor, 'beneficiaries:read');
  const scope = await scopeOf(context.db, actor, todayInJakarta(context.registry.clock()));
  return context.db.transaction(async (tx) => {
    const [session] = await sessionsWhere(context, tx, eq(serviceSessions.id, sessionId));
    if (!session || !isWithinScope(scope, session.institutionId)) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'service.session_read',
      entityType: 'service_session',
      entityId: sessionId,
      institutionId: session.institutionId,
      details: { records: session.records.length },
    });
    return session;
  });
}

/** The sessions of one day at the caller's institution: those the caller gave or recorded, or all (audited). */
export async function listServiceSessions(
  context: ClientDataContext,
  actor: Actor,
  query: { on?: string | undefined; mine: 'true' | 'false' },
  audit: AuditContext,
): Promise<ServiceSessionList> {
  authorize(actor, 'beneficiaries:read');
  const institutionId = actor.institutionId;
  if (!institutionId) return { items: [] };
  const on = query.on ?? todayInJakarta(context.registry.clock());
  return context.db.transaction(async (tx) => {
    const mine = or(
      eq(serviceSessions.recordedBy, actor.id),
      sql`${serviceSessions.staffId} IN (SELECT id FROM staff WHERE user_id = ${actor.id})`,
    );
    const items = await sessionsWhere(
      context,
      tx,
      and(
        eq(serviceSessions.institutionId, institutionId),
        eq(serviceSessions.heldOn, on),
        query.mine === 'true' ? mine : undefined,
      ) as SQL,
    );
    await recordAudit(tx, audit, {
      action: 'service.session_list',
      entityType: 'service_session',
      institutionId,
      details: { on, count: items.length },
    });
    return { items };
  });
}
