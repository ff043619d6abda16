import {
  type CreateStaffCertificationInput,
  type CreateStaffInput,
  can,
  type Staff,
  type StaffCertificationStatus,
  type StaffCertificationType,
  type StaffList,
  type StaffListQuery,
  type StaffRole,
  type UpdateStaffInput,
} from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import {
  bestStatus,
  editScopeOf,
  findInstitution,
  findInstitutionsByIds,
  isWithinScope,
  type RegistrySettings,
  type Scope,
  scopeOf,
  todayInJakarta,
  validityStatus,
} from '../institutions/index.js';
import { findUserById } from '../users/index.js';
import {
  deleteCertification,
  findCertificationsOf,
  findStaff,
  findStaffClash,
  findStaffMember,
  insertCertification,
  insertStaff,
  lockStaffMember,
} from './workforce.repository.js';
import { type StaffCertificationRow, type StaffRow, staff } from './workforce.table.js';

type Caller = { actor: Actor; audit: AuditContext };

/** The certificate type that counts for each profession; other roles count any certificate. */
const PROFESSION_CERTIFICATE: Partial<Record<StaffRole, StaffCertificationType>> = {
  pekerja_sosial: 'pekerja_sosial',
  konselor_adiksi: 'konselor_adiksi',
  psikolog: 'psikolog',
  tenaga_medis: 'tenaga_medis',
};

/** A staff member's standing: the best status among certificates of their own profession (null: none recorded). */
export function professionStatus(
  role: StaffRole,
  certifications: readonly StaffCertificationRow[],
  today: string,
  expiringDays: number,
): StaffCertificationStatus | null {
  const wanted = PROFESSION_CERTIFICATE[role];
  return bestStatus(
    certifications
      .filter((certification) => certification.issuedOn <= today && (!wanted || certification.type === wanted))
      .map((certification) => validityStatus(certification.validUntil, today, expiringDays)),
  );
}

async function presentStaff(db: Db, settings: RegistrySettings, actor: Actor, rows: StaffRow[]): Promise<Staff[]> {
  const day = todayInJakarta(settings.clock());
  const [certifications, institutions] = await Promise.all([
    findCertificationsOf(
      db,
      rows.map((row) => row.id),
    ),
    findInstitutionsByIds(db, [...new Set(rows.map((row) => row.institutionId))]),
  ]);
  const names = new Map(institutions.map((row) => [row.id, row.name]));
  const editScope = editScopeOf(actor);
  const mayManage = can(actor.role, 'workforce:manage');
  return rows.map((row) => {
    const own = certifications.get(row.id) ?? [];
    return {
      id: row.id,
      institutionId: row.institutionId,
      institutionName: names.get(row.institutionId) ?? '',
      fullName: row.fullName,
      // A NIK is shown only to those who may manage the record.
      nik: mayManage && isWithinScope(editScope, row.institutionId) ? row.nik : null,
      role: row.role,
      phone: row.phone,
      email: row.email,
      employedFrom: row.employedFrom,
      employedUntil: row.employedUntil,
      isEmployed: row.employedFrom <= day && (row.employedUntil === null || row.employedUntil >= day),
      userId: row.userId,
      certifications: own.map((certification) => ({
        id: certification.id,
        type: certification.type,
        level: certification.level,
        issuer: certification.issuer,
        certificateNumber: certification.certificateNumber,
        issuedOn: certification.issuedOn,
        validUntil: certification.validUntil,
        status: validityStatus(certification.validUntil, day, settings.expiringDays),
      })),
      certificationStatus: professionStatus(row.role, own, day, settings.expiringDays),
      version: row.version,
    };
  });
}

async function presentOne(db: Db, settings: RegistrySettings, actor: Actor, row: StaffRow): Promise<Staff> {
  const [presented] = await presentStaff(db, settings, actor, [row]);
  if (!presented) throw new Error('presentStaff lost a row');
  return presented;
}

export async function listStaff(
  db: Db,
  settings: RegistrySettings,
  actor: Actor,
  query: StaffListQuery,
): Promise<StaffList> {
  authorize(actor, 'workforce:read');
  const day = todayInJakarta(settings.clock());
  const rows = await findStaff(db, await scopeOf(db, actor, day), query, day);
  let items = await presentStaff(db, settings, actor, rows);
  const wanted = query.certificationStatus;
  if (wanted)
    items = items.filter((item) =>
      wanted === 'none' ? item.certificationStatus === null : item.certificationStatus === wanted,
    );
  return {
    items: items.slice(query.offset, query.offset + query.limit),
    total: items.length,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getStaff(db: Db, settings: RegistrySettings, actor: Actor, id: string): Promise<Staff> {
  authorize(actor, 'workforce:read');
  const row = await findStaffMember(db, await scopeOf(db, actor, todayInJakarta(settings.clock())), id);
  if (!row) throw new AppError('not_found');
  return presentOne(db, settings, actor, row);
}

/** The linked account must exist and belong to the same institution (or to none). */
async function checkUserLink(db: Db, userId: string | null | undefined, institutionId: string): Promise<void> {
  if (!userId) return;
  const user = await findUserById(db, userId);
  if (!user) throw invalidField('body.userId', 'staff.user_not_found');
  if (user.institutionId !== null && user.institutionId !== institutionId) {
    throw invalidField('body.userId', 'staff.user_other_institution');
  }
}

async function checkClashes(
  db: Db,
  values: { nik?: string | null | undefined; userId?: string | null | undefined },
  exceptId: string | null,
  today: string,
): Promise<void> {
  const clash = await findStaffClash(db, values, exceptId, today);
  if (clash.nik) throw new AppError('conflict', 'staff.nik_taken', {}, { reason: 'nik_taken' });
  if (clash.user) throw new AppError('conflict', 'staff.user_taken', {}, { reason: 'user_taken' });
}

/** Resolves where a caller may write staff: visible but not theirs is 403, invisible is 404. */
function assertEditable(actor: Actor, institutionId: string): void {
  if (!isWithinScope(editScopeOf(actor), institutionId)) throw new AppError('forbidden');
}

export async function createStaff(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  input: CreateStaffInput,
): Promise<Staff> {
  const { actor } = caller;
  authorize(actor, 'workforce:manage');
  const day = todayInJakarta(settings.clock());
  const scope: Scope = await scopeOf(db, actor, day);
  if (!(await findInstitution(db, scope, input.institutionId)))
    throw invalidField('body.institutionId', 'staff.institution_not_found');
  assertEditable(actor, input.institutionId);
  if (input.employedUntil && input.employedUntil < input.employedFrom)
    throw invalidField('body.employedUntil', 'period.invalid');
  await checkUserLink(db, input.userId, input.institutionId);
  const row = await db.transaction(async (tx) => {
    await checkClashes(tx, input, null, day);
    const created = await insertStaff(tx, {
      id: uuidv7(),
      institutionId: input.institutionId,
      fullName: input.fullName,
      nik: input.nik ?? null,
      role: input.role,
      phone: input.phone ?? null,
      email: input.email ?? null,
      employedFrom: input.employedFrom,
      employedUntil: input.employedUntil ?? null,
      userId: input.userId ?? null,
      createdBy: actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'staff.create',
      entityType: 'staff',
      entityId: created.id,
      institutionId: created.institutionId,
      changedFields: Object.keys(input).sort(),
    });
    return created;
  });
  return presentOne(db, settings, actor, row);
}

export async function updateStaff(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  id: string,
  expected: number,
  input: UpdateStaffInput,
): Promise<Staff> {
  const { actor } = caller;
  authorize(actor, 'workforce:manage');
  const day = todayInJakarta(settings.clock());
  const scope = await scopeOf(db, actor, day);
  const row = await db.transaction(async (tx) => {
    const current = await lockStaffMember(tx, scope, id);
    if (!current) throw new AppError('not_found');
    assertEditable(actor, current.institutionId);
    const employedFrom = input.employedFrom ?? current.employedFrom;
    const employedUntil = input.employedUntil === undefined ? current.employedUntil : input.employedUntil;
    if (employedUntil && employedUntil < employedFrom) throw invalidField('body.employedUntil', 'period.invalid');
    if (input.userId !== undefined) await checkUserLink(tx, input.userId, current.institutionId);
    await checkClashes(tx, { nik: input.nik, userId: input.userId }, id, day);
    const changed = (Object.keys(input) as (keyof UpdateStaffInput)[]).filter(
      (field) => input[field] !== undefined && input[field] !== current[field],
    );
    const updated = await updateVersioned(tx, staff, eq(staff.id, id), expected, { ...input, updatedAt: new Date() });
    await recordAudit(tx, caller.audit, {
      action: 'staff.update',
      entityType: 'staff',
      entityId: id,
      institutionId: current.institutionId,
      changedFields: changed,
    });
    return updated;
  });
  return presentOne(db, settings, actor, row);
}

export async function addStaffCertification(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  staffId: string,
  input: CreateStaffCertificationInput,
): Promise<Staff> {
  const { actor } = caller;
  authorize(actor, 'workforce:manage');
  if (input.validUntil && input.validUntil < input.issuedOn) throw invalidField('body.validUntil', 'period.invalid');
  const scope = await scopeOf(db, actor, todayInJakarta(settings.clock()));
  const row = await db.transaction(async (tx) => {
    const member = await lockStaffMember(tx, scope, staffId);
    if (!member) throw new AppError('not_found');
    assertEditable(actor, member.institutionId);
    const certification = await insertCertification(tx, {
      id: uuidv7(),
      staffId,
      type: input.type,
      level: input.level ?? null,
      issuer: input.issuer,
      certificateNumber: input.certificateNumber ?? null,
      issuedOn: input.issuedOn,
      validUntil: input.validUntil ?? null,
      createdBy: actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'staff.certify',
      entityType: 'staff_certification',
      entityId: certification.id,
      institutionId: member.institutionId,
      details: { staffId, type: input.type },
    });
    return member;
  });
  return presentOne(db, settings, actor, row);
}

export async function removeStaffCertification(
  db: Db,
  settings: RegistrySettings,
  caller: Caller,
  staffId: string,
  certificationId: string,
): Promise<Staff> {
  const { actor } = caller;
  authorize(actor, 'workforce:manage');
  const scope = await scopeOf(db, actor, todayInJakarta(settings.clock()));
  const row = await db.transaction(async (tx) => {
    const member = await lockStaffMember(tx, scope, staffId);
    if (!member) throw new AppError('not_found');
    assertEditable(actor, member.institutionId);
    if (!(await deleteCertification(tx, staffId, certificationId))) throw new AppError('not_found');
    await recordAudit(tx, caller.audit, {
      action: 'staff.remove_certification',
      entityType: 'staff_certification',
      entityId: certificationId,
      institutionId: member.institutionId,
      details: { staffId },
    });
    return member;
  });
  return presentOne(db, settings, actor, row);
}
