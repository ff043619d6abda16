import {
  type CreateUserInput,
  type InstitutionType,
  ROLE_DEFINITIONS,
  type Role,
  type UpdateUserInput,
  type User,
  type UserList,
  type UserListQuery,
} from '@atensi/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { assertPasswordAllowed, deleteSessionsOfUser, hashPassword, revokeApiTokensOfUser } from '../auth/index.js';
import { clearLoginFailures, throttleKeys } from '../auth/throttle.js';
import { findInstitutionsByIds, type InstitutionRow } from '../institutions/index.js';
import {
  countActiveAdmins,
  findUserById,
  findUserByUsername,
  findUsers,
  lockUser,
  updateUser,
} from './users.repository.js';
import { type UserRow, users } from './users.table.js';

/** Who acts: a signed-in administrator, or the system (`atensi users ...` on the server). */
export type UsersCaller = { actor: Actor | null; audit: AuditContext };

/** Which institution types each institution role can be placed at. */
const INSTITUTION_TYPES_OF_ROLE: Partial<Record<Role, readonly InstitutionType[]>> = {
  balai_manager: ['balai', 'loka'],
  ipwl_manager: ['ipwl'],
  pendamping: ['balai', 'loka', 'ipwl'],
};

function allow(caller: UsersCaller): void {
  if (caller.actor) authorize(caller.actor, 'users:manage');
}

async function presentUsers(db: Db, rows: UserRow[]): Promise<User[]> {
  const ids = [...new Set(rows.map((row) => row.institutionId).filter((id): id is string => id !== null))];
  const byId = new Map((await findInstitutionsByIds(db, ids)).map((row) => [row.id, row]));
  return rows.map((row) => presentUser(row, row.institutionId ? byId.get(row.institutionId) : undefined));
}

function presentUser(row: UserRow, institution: InstitutionRow | undefined): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    institutionId: row.institutionId,
    institution: institution ? { id: institution.id, code: institution.code, name: institution.name } : null,
    status: row.status,
    totpEnabled: row.totpSecret !== null,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

async function presentOne(db: Db, row: UserRow): Promise<User> {
  const [user] = await presentUsers(db, [row]);
  if (!user) throw new Error('presentUsers lost a row');
  return user;
}

/** Role and institution must agree: institution roles need one of the right type, national roles none. */
async function checkPlacement(db: Db, role: Role, institutionId: string | null): Promise<void> {
  const path = 'body.institutionId';
  if (!ROLE_DEFINITIONS[role].needsInstitution) {
    if (institutionId !== null) {
      throw new AppError('invalid', 'user.institution_not_allowed', {}, [
        { path, messageKey: 'user.institution_not_allowed' },
      ]);
    }
    return;
  }
  if (institutionId === null) {
    throw new AppError('invalid', 'user.institution_required', {}, [{ path, messageKey: 'user.institution_required' }]);
  }
  const [institution] = await findInstitutionsByIds(db, [institutionId]);
  if (!institution) {
    throw new AppError('invalid', 'user.institution_not_found', {}, [
      { path, messageKey: 'user.institution_not_found' },
    ]);
  }
  const allowed = INSTITUTION_TYPES_OF_ROLE[role] ?? [];
  if (!allowed.includes(institution.type)) {
    const params = { role, type: institution.type };
    throw new AppError('invalid', 'user.institution_type_mismatch', params, [
      { path, messageKey: 'user.institution_type_mismatch', params },
    ]);
  }
}

export async function listUsers(db: Db, caller: UsersCaller, query: UserListQuery): Promise<UserList> {
  allow(caller);
  const { rows, total } = await findUsers(db, query);
  return { items: await presentUsers(db, rows), total, limit: query.limit, offset: query.offset };
}

export async function getUser(db: Db, caller: UsersCaller, id: string): Promise<User> {
  allow(caller);
  const row = await findUserById(db, id);
  if (!row) throw new AppError('not_found');
  return presentOne(db, row);
}

/**
 * Creates an account. Created by an administrator, the first password must be changed at first sign-in; created
 * on the server's command line (bootstrapping the first admin), it need not.
 */
export async function createUser(db: Db, caller: UsersCaller, input: CreateUserInput): Promise<User> {
  allow(caller);
  const institutionId = input.institutionId ?? null;
  await checkPlacement(db, input.role, institutionId);
  assertPasswordAllowed(input.password, input, 'body.password');
  const passwordHash = await hashPassword(input.password);
  const row = await db.transaction(async (tx) => {
    if (await findUserByUsername(tx, input.username)) {
      throw new AppError('conflict', 'user.username_taken', { username: input.username });
    }
    const [created] = await tx
      .insert(users)
      .values({
        id: uuidv7(),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        institutionId,
        passwordHash,
        mustChangePassword: caller.actor !== null,
        createdBy: caller.actor?.id ?? null,
      })
      .onConflictDoNothing({ target: users.username })
      .returning();
    if (!created) throw new AppError('conflict', 'user.username_taken', { username: input.username });
    await recordAudit(tx, caller.audit, {
      action: 'user.create',
      entityType: 'user',
      entityId: created.id,
      institutionId,
      changedFields: ['username', 'displayName', 'role', 'institutionId', 'password'],
      details: { role: created.role },
    });
    return created;
  });
  return presentOne(db, row);
}

async function assertAdminRemains(tx: Db, user: UserRow, next: { role: Role; status: string }): Promise<void> {
  const losesAdmin =
    user.role === 'admin' && user.status === 'active' && (next.role !== 'admin' || next.status !== 'active');
  if (losesAdmin && (await countActiveAdmins(tx)) <= 1) throw new AppError('conflict', 'user.last_admin');
}

export async function changeUser(
  db: Db,
  caller: UsersCaller,
  id: string,
  expected: number,
  input: UpdateUserInput,
): Promise<User> {
  allow(caller);
  const row = await db.transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (!user) throw new AppError('not_found');
    const role = input.role ?? user.role;
    const institutionId = input.institutionId === undefined ? user.institutionId : input.institutionId;
    if (caller.actor?.id === id && role !== user.role) throw new AppError('conflict', 'user.cannot_change_self');
    const changedFields = (['displayName', 'role', 'institutionId'] as const).filter((field) => {
      const next = field === 'institutionId' ? institutionId : field === 'role' ? role : input.displayName;
      return next !== undefined && next !== user[field];
    });
    if (changedFields.includes('role') || changedFields.includes('institutionId')) {
      await checkPlacement(tx, role, institutionId);
      await assertAdminRemains(tx, user, { role, status: user.status });
    }
    const updated = await updateVersioned(tx, users, eq(users.id, id), expected, {
      displayName: input.displayName ?? user.displayName,
      role,
      institutionId,
      updatedAt: new Date(),
    });
    // A new role or institution starts from a fresh sign-in; API tokens made for the old role stop by themselves.
    if (changedFields.includes('role') || changedFields.includes('institutionId')) {
      await deleteSessionsOfUser(tx, id);
    }
    await recordAudit(tx, caller.audit, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      institutionId,
      changedFields: [...changedFields],
    });
    return updated;
  });
  return presentOne(db, row);
}

export async function setUserStatus(
  db: Db,
  caller: UsersCaller,
  id: string,
  status: 'active' | 'disabled',
): Promise<User> {
  allow(caller);
  const row = await db.transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (!user) throw new AppError('not_found');
    if (status === 'disabled' && caller.actor?.id === id) throw new AppError('conflict', 'user.cannot_change_self');
    if (user.status === status) return user;
    await assertAdminRemains(tx, user, { role: user.role, status });
    const updated = await updateUser(tx, id, { status });
    if (status === 'disabled') await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, caller.audit, {
      action: status === 'disabled' ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: id,
      institutionId: user.institutionId,
      changedFields: ['status'],
    });
    return updated;
  });
  return presentOne(db, row);
}

/**
 * Sets a new password for someone else. Their sessions end and their API tokens are revoked (a reset often
 * follows a suspected compromise); set by an administrator, the password must be changed at next sign-in.
 */
export async function resetPassword(
  db: Db,
  caller: UsersCaller,
  id: string,
  newPassword: string,
  options: { temporary?: boolean } = {},
): Promise<void> {
  allow(caller);
  const user = await findUserById(db, id);
  if (!user) throw new AppError('not_found');
  assertPasswordAllowed(newPassword, user, 'body.newPassword');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const locked = await lockUser(tx, id);
    if (!locked) throw new AppError('not_found');
    await updateUser(tx, id, {
      passwordHash,
      passwordChangedAt: new Date(),
      mustChangePassword: options.temporary ?? caller.actor !== null,
    });
    await deleteSessionsOfUser(tx, id);
    await revokeApiTokensOfUser(tx, id, new Date());
    await clearLoginFailures(tx, throttleKeys(locked.username, null));
    await recordAudit(tx, caller.audit, {
      action: 'user.reset_password',
      entityType: 'user',
      entityId: id,
      institutionId: locked.institutionId,
      changedFields: ['password'],
    });
  });
}

/** Removes someone's TOTP (a lost phone): they sign in with the password and enrol again. */
export async function resetTotp(db: Db, caller: UsersCaller, id: string): Promise<void> {
  allow(caller);
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (!user) throw new AppError('not_found');
    await updateUser(tx, id, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null });
    await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, caller.audit, {
      action: 'user.reset_totp',
      entityType: 'user',
      entityId: id,
      institutionId: user.institutionId,
      changedFields: ['totp'],
    });
  });
}
