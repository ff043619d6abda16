import { z } from 'zod';
import { Permission, Role } from './role-schemas.js';

/** NIST SP 800-63B: at least 10 characters, no composition rules; an upper bound keeps hashing cheap. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: 'password.too_short' })
  .max(PASSWORD_MAX_LENGTH, { error: 'password.too_long' })
  .meta({ description: `At least ${PASSWORD_MIN_LENGTH} characters; common passwords are refused.` });

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { error: 'username.format' })
  .max(64, { error: 'username.format' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'username.format' })
  .meta({ description: 'Lower-case letters, digits, dot, dash and underscore', example: 'budi.santoso' });

export const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: 'totp.code_format' })
  .meta({ description: 'The 6-digit code of the authenticator app', example: '123456' });

export const LoginInput = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    totpCode: TotpCode.optional().meta({ description: 'Required when the user has set up TOTP' }),
  })
  .strict();
export type LoginInput = z.infer<typeof LoginInput>;

/** The user as the contract shows it in the login answer. */
export const SessionUser = z
  .object({
    id: z.string(),
    username: z.string(),
    role: Role,
    institutionId: z.string().nullable(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof SessionUser>;

export const LoginResult = z
  .object({
    user: SessionUser,
    csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE' }),
  })
  .meta({ id: 'LoginResult' });
export type LoginResult = z.infer<typeof LoginResult>;

/** What a session may still have to do before the rest of the API opens to it. */
export const PendingAction = z.enum(['change_password', 'enrol_totp']);
export type PendingAction = z.infer<typeof PendingAction>;

/**
 * `GET /me`: the current user's fields at the top level ("the current user"), the login answer's `user` and
 * `csrfToken` as well, so a client written against either shape works.
 */
export const Me = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    institutionId: z.string().nullable(),
    institution: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
    totpEnabled: z.boolean(),
    pendingActions: z.array(PendingAction),
    permissions: z.array(Permission),
    authenticatedBy: z.enum(['session', 'token']),
    sessionExpiresAt: z.string().nullable().meta({ description: 'Absolute end of the session (ISO date-time)' }),
    idleTimeoutSeconds: z.number().int().nullable(),
    user: SessionUser,
    csrfToken: z.string().nullable().meta({ description: 'Null when authenticated by an API token' }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: NewPassword,
  })
  .strict();
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const TotpSetup = z
  .object({
    secret: z.string().meta({ description: 'Base32 secret, for typing into the app by hand' }),
    otpauthUri: z.string().meta({ description: 'otpauth:// URI to show as a QR code' }),
  })
  .meta({ id: 'TotpSetup' });
export type TotpSetup = z.infer<typeof TotpSetup>;

export const TotpEnableInput = z.object({ code: TotpCode }).strict();
export type TotpEnableInput = z.infer<typeof TotpEnableInput>;

export const TotpDisableInput = z.object({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).strict();
export type TotpDisableInput = z.infer<typeof TotpDisableInput>;

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the token, to recognise it' }),
    role: Role,
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenList = z.object({ items: z.array(ApiToken) });
export type ApiTokenList = z.infer<typeof ApiTokenList>;

export const CreateApiTokenInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    expiresInDays: z.number().int().min(1).max(365).default(90),
  })
  .strict();
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const CreatedApiToken = ApiToken.extend({
  token: z.string().meta({ description: 'Shown once: send as `Authorization: Bearer <token>`' }),
}).meta({ id: 'CreatedApiToken' });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
