import { z } from 'zod';
import { NewPassword, Username } from './auth.js';
import { Role } from './role-schemas.js';

export const UserStatus = z.enum(['active', 'disabled']);
export type UserStatus = z.infer<typeof UserStatus>;

export const User = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    institutionId: z.string().nullable(),
    institution: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
    status: UserStatus,
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserListQuery = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    role: Role.optional(),
    status: UserStatus.optional(),
    institutionId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserList = z.object({
  items: z.array(User),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type UserList = z.infer<typeof UserList>;

export const DisplayName = z.string().trim().min(1).max(120);

export const CreateUserInput = z
  .object({
    username: Username,
    displayName: DisplayName,
    role: Role,
    institutionId: z.uuid().nullable().optional(),
    password: NewPassword.meta({ description: 'A first password; the user must change it at first sign-in' }),
  })
  .strict();
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z
  .object({
    displayName: DisplayName.optional(),
    role: Role.optional(),
    institutionId: z.uuid().nullable().optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const ResetPasswordInput = z.object({ newPassword: NewPassword }).strict();
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;
