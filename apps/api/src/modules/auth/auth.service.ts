import type {
  ApiToken,
  ApiTokenList,
  ChangePasswordInput,
  CreateApiTokenInput,
  CreatedApiToken,
  LoginInput,
  LoginResult,
  Me,
  PendingAction,
  TotpSetup,
} from '@atensi/contracts';
import { permissionsOf } from '@atensi/contracts';
import type { AuthConfig } from '../../config.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import { findInstitutionsByIds } from '../institutions/index.js';
import { findUserById, findUserByUsername, lockUser, type UserRow, updateUser } from '../users/index.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findApiTokenByHash,
  findApiTokensOfUser,
  findSessionByTokenHash,
  insertApiToken,
  insertSession,
  recordLastLogin,
  revokeApiToken,
  setTotpLastStep,
  touchApiToken,
  touchSession,
} from './auth.repository.js';
import type { ApiTokenRow } from './auth.table.js';
import { hashPassword, passwordProblem, spendVerifyTime, verifyPassword } from './password.js';
import { csrfTokenFor, decryptSecret, encryptSecret, newToken, sha256Hex } from './secrets.js';
import { clearLoginFailures, lockedUntil, recordLoginFailure, throttleKeys } from './throttle.js';
import { newTotpSecret, totpUri, verifyTotp } from './totp.js';

/** Session activity is written at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;
export const API_TOKEN_PREFIX = 'atn_';

export function pendingActionsOf(user: UserRow, settings: AuthConfig): PendingAction[] {
  const pending: PendingAction[] = [];
  if (user.mustChangePassword) pending.push('change_password');
  if (settings.totpRequiredRoles.includes(user.role) && !user.totpSecret) pending.push('enrol_totp');
  return pending;
}

function passwordError(key: NonNullable<ReturnType<typeof passwordProblem>>, path: string): AppError {
  return new AppError('invalid', key, {}, [{ path, messageKey: key }]);
}

/** Refuses a password that breaks the rules, naming the field (`body.newPassword`). */
export function assertPasswordAllowed(
  password: string,
  context: { username?: string; displayName?: string },
  path: string,
): void {
  const problem = passwordProblem(password, context);
  if (problem) throw passwordError(problem, path);
}

type LoginOutcome = { result: LoginResult; sessionToken: string };

/**
 * Signs a user in: throttle check, password (and TOTP when set up), then a new session, all audited. A wrong
 * username, a wrong password and a disabled account get the same answer, after the same amount of work.
 */
export async function login(
  db: Db,
  settings: AuthConfig,
  input: LoginInput,
  audit: AuditContext,
  now = new Date(),
): Promise<LoginOutcome> {
  const keys = throttleKeys(input.username, audit.ip);
  const until = await lockedUntil(db, keys, now);
  if (until) {
    const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    const error = new AppError('rate_limited', 'auth.throttled', { seconds }, { retryAfterSeconds: seconds });
    error.headers = { 'retry-after': String(seconds) };
    throw error;
  }

  const fail = async (
    reason: string,
    user: UserRow | undefined,
    messageKey: 'auth.invalid_credentials' | 'auth.totp_invalid',
  ) => {
    await db.transaction(async (tx) => {
      await recordLoginFailure(tx, keys, { user: settings.maxFailuresPerUser, ip: settings.maxFailuresPerIp }, now);
      await recordAudit(tx, audit, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        institutionId: user?.institutionId ?? null,
        details: { reason },
      });
    });
    return new AppError(
      'unauthenticated',
      messageKey,
      {},
      messageKey === 'auth.totp_invalid' ? { reason: 'totp_invalid' } : undefined,
    );
  };

  const user = await findUserByUsername(db, input.username);
  if (!user) {
    await spendVerifyTime(input.password);
    throw await fail('unknown_user', undefined, 'auth.invalid_credentials');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw await fail('wrong_password', user, 'auth.invalid_credentials');
  }
  if (user.status !== 'active') throw await fail('disabled', user, 'auth.invalid_credentials');

  if (user.totpSecret) {
    if (!input.totpCode) throw new AppError('unauthenticated', 'auth.totp_required', {}, { reason: 'totp_required' });
    const step = verifyTotp(
      decryptSecret(settings.sessionSecret, user.totpSecret),
      input.totpCode,
      user.totpLastStep,
      now.getTime(),
    );
    if (step === null) throw await fail('totp_invalid', user, 'auth.totp_invalid');
    await setTotpLastStep(db, user.id, step);
  }

  const sessionToken = newToken();
  const sessionId = uuidv7();
  await db.transaction(async (tx) => {
    await clearLoginFailures(tx, keys);
    await insertSession(tx, {
      id: sessionId,
      tokenHash: sha256Hex(sessionToken),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + settings.absoluteTimeoutHours * 3_600_000),
      ip: audit.ip,
      userAgent: audit.userAgent?.slice(0, 300) ?? null,
    });
    await recordLastLogin(tx, user.id, now);
    await recordAudit(
      tx,
      { ...audit, actorId: user.id, actorRole: user.role },
      {
        action: 'auth.login',
        entityType: 'session',
        entityId: sessionId,
        institutionId: user.institutionId,
        details: { totp: user.totpSecret !== null },
      },
    );
  });
  return {
    sessionToken,
    result: {
      user: { id: user.id, username: user.username, role: user.role, institutionId: user.institutionId },
      csrfToken: csrfTokenFor(settings.sessionSecret, sessionToken),
    },
  };
}

function actorFromUser(user: UserRow, settings: AuthConfig, via: Actor['via'], extra: Partial<Actor>): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    institutionId: user.institutionId,
    via,
    sessionId: null,
    tokenId: null,
    pendingActions: via === 'session' ? pendingActionsOf(user, settings) : [],
    sessionExpiresAt: null,
    ...extra,
  };
}

export type Authentication = { actor: Actor } | { actor: null; reason: 'session_expired' | 'token_invalid' | 'none' };

/** Who is calling: a session cookie or a Bearer token. A stale credential is told apart from none at all. */
export async function authenticate(
  db: Db,
  settings: AuthConfig,
  credentials: { sessionToken: string | null; bearerToken: string | null },
  now = new Date(),
): Promise<Authentication> {
  if (credentials.bearerToken) {
    const found = await findApiTokenByHash(db, sha256Hex(credentials.bearerToken));
    const usable =
      found &&
      found.token.revokedAt === null &&
      found.token.expiresAt > now &&
      found.user.status === 'active' &&
      found.token.role === found.user.role;
    if (!found || !usable) return { actor: null, reason: 'token_invalid' };
    if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await touchApiToken(db, found.token.id, now);
    }
    return { actor: actorFromUser(found.user, settings, 'token', { tokenId: found.token.id }) };
  }
  if (credentials.sessionToken) {
    const found = await findSessionByTokenHash(db, sha256Hex(credentials.sessionToken));
    if (!found) return { actor: null, reason: 'session_expired' };
    const { session, user } = found;
    const idleLimit = session.lastSeenAt.getTime() + settings.idleTimeoutMinutes * 60_000;
    if (session.expiresAt <= now || idleLimit <= now.getTime() || user.status !== 'active') {
      await deleteSession(db, session.id);
      return { actor: null, reason: 'session_expired' };
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, session.id, now);
    return {
      actor: actorFromUser(user, settings, 'session', { sessionId: session.id, sessionExpiresAt: session.expiresAt }),
    };
  }
  return { actor: null, reason: 'none' };
}

/** Ends the session of the cookie, if there is one; always succeeds. */
export async function logout(db: Db, sessionToken: string | null, audit: AuditContext): Promise<void> {
  if (!sessionToken) return;
  const found = await findSessionByTokenHash(db, sha256Hex(sessionToken));
  if (!found) return;
  await db.transaction(async (tx) => {
    await deleteSession(tx, found.session.id);
    await recordAudit(
      tx,
      { ...audit, actorId: found.user.id, actorRole: found.user.role },
      {
        action: 'auth.logout',
        entityType: 'session',
        entityId: found.session.id,
        institutionId: found.user.institutionId,
      },
    );
  });
}

export async function describeMe(db: Db, settings: AuthConfig, actor: Actor, sessionToken: string | null): Promise<Me> {
  const user = await findUserById(db, actor.id);
  if (!user) throw new AppError('unauthenticated');
  const [institution] = await findInstitutionsByIds(db, user.institutionId ? [user.institutionId] : []);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    institutionId: user.institutionId,
    institution: institution ? { id: institution.id, code: institution.code, name: institution.name } : null,
    totpEnabled: user.totpSecret !== null,
    pendingActions: actor.pendingActions,
    permissions: permissionsOf(actor.role),
    authenticatedBy: actor.via,
    sessionExpiresAt: actor.sessionExpiresAt?.toISOString() ?? null,
    idleTimeoutSeconds: actor.via === 'session' ? settings.idleTimeoutMinutes * 60 : null,
    user: { id: user.id, username: user.username, role: user.role, institutionId: user.institutionId },
    csrfToken: actor.via === 'session' && sessionToken ? csrfTokenFor(settings.sessionSecret, sessionToken) : null,
  };
}

/** Locks and returns the actor's own row, or answers `unauthenticated` when the account vanished meanwhile. */
async function lockSelf(tx: Db, actor: Actor): Promise<UserRow> {
  const user = await lockUser(tx, actor.id);
  if (!user) throw new AppError('unauthenticated');
  return user;
}

/** Changes one's own password; every other session of the user ends, and a pending "change password" clears. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: ChangePasswordInput,
  audit: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await lockSelf(tx, actor);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('invalid', 'account.wrong_password', {}, [
        { path: 'body.currentPassword', messageKey: 'account.wrong_password' },
      ]);
    }
    if (input.currentPassword === input.newPassword) {
      throw new AppError('invalid', 'account.same_password', {}, [
        { path: 'body.newPassword', messageKey: 'account.same_password' },
      ]);
    }
    assertPasswordAllowed(input.newPassword, user, 'body.newPassword');
    await updateUser(tx, user.id, {
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: new Date(),
      mustChangePassword: false,
    });
    await deleteSessionsOfUser(tx, user.id, actor.sessionId);
    await recordAudit(tx, audit, {
      action: 'account.change_password',
      entityType: 'user',
      entityId: user.id,
      institutionId: user.institutionId,
      changedFields: ['password'],
    });
  });
}

/** Starts TOTP enrolment: a fresh secret, kept aside (sealed) until a first code proves the app has it. */
export async function startTotpSetup(
  db: Db,
  settings: AuthConfig,
  actor: Actor,
  audit: AuditContext,
): Promise<TotpSetup> {
  return db.transaction(async (tx) => {
    const user = await lockSelf(tx, actor);
    if (user.totpSecret) throw new AppError('conflict', 'totp.already_enabled');
    const secret = newTotpSecret();
    await updateUser(tx, user.id, { totpPendingSecret: encryptSecret(settings.sessionSecret, secret) });
    await recordAudit(tx, audit, {
      action: 'account.totp_setup',
      entityType: 'user',
      entityId: user.id,
      institutionId: user.institutionId,
    });
    return { secret, otpauthUri: totpUri(secret, user.username) };
  });
}

export async function enableTotp(
  db: Db,
  settings: AuthConfig,
  actor: Actor,
  code: string,
  audit: AuditContext,
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await lockSelf(tx, actor);
    if (user.totpSecret) throw new AppError('conflict', 'totp.already_enabled');
    if (!user.totpPendingSecret) throw new AppError('conflict', 'totp.not_started');
    const secret = decryptSecret(settings.sessionSecret, user.totpPendingSecret);
    const step = verifyTotp(secret, code, null, now.getTime());
    if (step === null) {
      throw new AppError('invalid', 'auth.totp_invalid', {}, [{ path: 'body.code', messageKey: 'auth.totp_invalid' }]);
    }
    await updateUser(tx, user.id, {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: now,
      totpLastStep: step,
    });
    await recordAudit(tx, audit, {
      action: 'account.totp_enable',
      entityType: 'user',
      entityId: user.id,
      institutionId: user.institutionId,
      changedFields: ['totp'],
    });
  });
}

export async function disableTotp(
  db: Db,
  settings: AuthConfig,
  actor: Actor,
  password: string,
  audit: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await lockSelf(tx, actor);
    if (!user.totpSecret) throw new AppError('conflict', 'totp.not_enabled');
    if (settings.totpRequiredRoles.includes(user.role)) throw new AppError('conflict', 'totp.required_for_role');
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new AppError('invalid', 'account.wrong_password', {}, [
        { path: 'body.password', messageKey: 'account.wrong_password' },
      ]);
    }
    await updateUser(tx, user.id, {
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    await recordAudit(tx, audit, {
      action: 'account.totp_disable',
      entityType: 'user',
      entityId: user.id,
      institutionId: user.institutionId,
      changedFields: ['totp'],
    });
  });
}

function presentToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenList> {
  return { items: (await findApiTokensOfUser(db, actor.id)).map(presentToken) };
}

/** A personal API token acting with the user's current role; only its hash is kept, the token is shown once. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: CreateApiTokenInput,
  audit: AuditContext,
  now = new Date(),
): Promise<CreatedApiToken> {
  const token = newToken(API_TOKEN_PREFIX);
  const row = await db.transaction(async (tx) => {
    const created = await insertApiToken(tx, {
      id: uuidv7(),
      userId: actor.id,
      name: input.name,
      tokenHash: sha256Hex(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      role: actor.role,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
    });
    await recordAudit(tx, audit, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: created.id,
      institutionId: actor.institutionId,
      details: { expiresInDays: input.expiresInDays },
    });
    return created;
  });
  return { ...presentToken(row), token };
}

export async function revokeOwnApiToken(db: Db, actor: Actor, id: string, audit: AuditContext): Promise<void> {
  await db.transaction(async (tx) => {
    const revoked = await revokeApiToken(tx, actor.id, id, new Date());
    if (!revoked) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      institutionId: actor.institutionId,
    });
  });
}
