import type { AlertKind, AlertList, AlertListQuery, AlertRunResult } from '@atensi/contracts';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import {
  certificationsOf,
  countCertifiedStaff,
  institutions,
  type RegistrySettings,
  scopeOf,
  todayInJakarta,
  validityStatus,
  withinScope,
} from '../institutions/index.js';
import { escalateOverdueReferrals } from '../referrals/index.js';
import {
  findCertificationsOf,
  findEmployedStaff,
  type StaffCertificationRow,
  staff,
  staffCertifications,
} from '../workforce/index.js';
import { alerts } from './alerts.table.js';

type WantedAlert = { kind: AlertKind; institutionId: string; subjectId: string; dueOn: string | null };

const keyOf = (alert: { kind: string; subjectId: string }) => `${alert.kind}:${alert.subjectId}`;

/** The newest certificate of each type a person holds (a renewal supersedes the old one). */
function latestByType(certifications: readonly StaffCertificationRow[]): StaffCertificationRow[] {
  const latest = new Map<string, StaffCertificationRow>();
  for (const certification of certifications) {
    const current = latest.get(certification.type);
    const ends = (row: StaffCertificationRow) => row.validUntil ?? '9999-12-31';
    if (!current || ends(certification) > ends(current)) latest.set(certification.type, certification);
  }
  return [...latest.values()];
}

/** Every alert that should be open today, computed from the registry. */
async function wantedAlerts(db: Db, settings: RegistrySettings, today: string): Promise<WantedAlert[]> {
  const open = await db
    .select({ id: institutions.id, type: institutions.type, closedOn: institutions.closedOn })
    .from(institutions);
  const active = open.filter((row) => row.closedOn === null || row.closedOn > today);
  const wanted: WantedAlert[] = [];

  const certifications = await certificationsOf(
    db,
    active.map((row) => row.id),
    today,
    settings.expiringDays,
  );
  for (const row of active) {
    const certification = certifications.get(row.id);
    if (certification?.status === 'expiring' || certification?.status === 'expired') {
      wanted.push({
        kind:
          certification.status === 'expiring'
            ? 'institution_certification_expiring'
            : 'institution_certification_expired',
        institutionId: row.id,
        subjectId: row.id,
        dueOn: certification.validUntil,
      });
    }
  }

  const ipwl = active.filter((row) => row.type === 'ipwl').map((row) => row.id);
  const certified = await countCertifiedStaff(db, ipwl, today);
  for (const id of ipwl) {
    const counts = certified.get(id);
    if (!counts?.socialWorkers)
      wanted.push({ kind: 'no_certified_social_worker', institutionId: id, subjectId: id, dueOn: null });
    if (!counts?.counsellors)
      wanted.push({ kind: 'no_certified_counsellor', institutionId: id, subjectId: id, dueOn: null });
  }

  const activeIds = new Set(active.map((row) => row.id));
  const employed = (await findEmployedStaff(db, today)).filter((member) => activeIds.has(member.institutionId));
  const byStaff = await findCertificationsOf(
    db,
    employed.map((member) => member.id),
  );
  for (const member of employed) {
    for (const certification of latestByType(byStaff.get(member.id) ?? [])) {
      const status = validityStatus(certification.validUntil, today, settings.expiringDays);
      if (status === 'active') continue;
      wanted.push({
        kind: status === 'expiring' ? 'staff_certification_expiring' : 'staff_certification_expired',
        institutionId: member.institutionId,
        subjectId: certification.id,
        dueOn: certification.validUntil,
      });
    }
  }
  return wanted;
}

/**
 * The daily job (`atensi alerts run`, and the server once a day): raises the alerts that became true and resolves
 * those that no longer are, in one transaction, recorded in the audit trail as the system.
 */
export async function runAlerts(db: Db, settings: RegistrySettings, audit: AuditContext): Promise<AlertRunResult> {
  const today = todayInJakarta(settings.clock());
  const wanted = await wantedAlerts(db, settings, today);
  return db.transaction(async (tx) => {
    const current = await tx.select().from(alerts).where(isNull(alerts.resolvedAt)).for('update');
    const wantedKeys = new Set(wanted.map(keyOf));
    const currentKeys = new Set(current.map(keyOf));
    const stale = current.filter((alert) => !wantedKeys.has(keyOf(alert))).map((alert) => alert.id);
    const fresh = wanted.filter((alert) => !currentKeys.has(keyOf(alert)));
    if (stale.length > 0) await tx.update(alerts).set({ resolvedAt: new Date() }).where(inArray(alerts.id, stale));
    for (let start = 0; start < fresh.length; start += 500) {
      await tx.insert(alerts).values(fresh.slice(start, start + 500).map((alert) => ({ id: uuidv7(), ...alert })));
    }
    const escalated = await escalateOverdueReferrals(tx, today, audit);
    const result = { raised: fresh.length, resolved: stale.length, open: wanted.length, escalatedReferrals: escalated };
    await recordAudit(tx, audit, { action: 'alerts.run', entityType: 'alert', details: result });
    return result;
  });
}

/** Open alerts about institutions within the caller's scope, most urgent first. */
export async function listAlerts(
  db: Db,
  settings: RegistrySettings,
  actor: Actor,
  query: AlertListQuery,
): Promise<AlertList> {
  authorize(actor, 'alerts:read');
  const scope = await scopeOf(db, actor, todayInJakarta(settings.clock()));
  const rows = await db
    .select({ alert: alerts, institutionName: institutions.name })
    .from(alerts)
    .innerJoin(institutions, eq(institutions.id, alerts.institutionId))
    .where(
      and(
        isNull(alerts.resolvedAt),
        withinScope(scope, alerts.institutionId),
        query.kind ? eq(alerts.kind, query.kind) : undefined,
        query.institutionId ? eq(alerts.institutionId, query.institutionId) : undefined,
      ),
    )
    .limit(5000);
  const staffSubjects = rows.filter(({ alert }) => alert.kind.startsWith('staff_')).map(({ alert }) => alert.subjectId);
  const people = new Map<string, { fullName: string; staffId: string }>();
  if (staffSubjects.length > 0) {
    const found = await db
      .select({ certificationId: staffCertifications.id, fullName: staff.fullName, staffId: staff.id })
      .from(staff)
      .innerJoin(staffCertifications, eq(staffCertifications.staffId, staff.id))
      .where(inArray(staffCertifications.id, staffSubjects));
    for (const row of found) people.set(row.certificationId, { fullName: row.fullName, staffId: row.staffId });
  }
  const items = rows
    .map(({ alert, institutionName }) => ({
      id: alert.id,
      kind: alert.kind,
      institutionId: alert.institutionId,
      institutionName,
      subjectId: alert.subjectId,
      subjectLabel: people.get(alert.subjectId)?.fullName ?? institutionName,
      staffId: people.get(alert.subjectId)?.staffId ?? null,
      dueOn: alert.dueOn,
      raisedAt: alert.raisedAt.toISOString(),
    }))
    .sort(
      (a, b) =>
        (a.dueOn ?? '0000').localeCompare(b.dueOn ?? '0000') || a.institutionName.localeCompare(b.institutionName),
    );
  return { items };
}
