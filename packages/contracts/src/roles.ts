import { z } from 'zod';

/** The contract's roles (`shared/api-contract.md`, `atensi users create`). */
export const Role = z.enum([
  'admin',
  'direktorat',
  'inspektorat',
  'pusdatin',
  'balai_manager',
  'ipwl_manager',
  'pendamping',
]);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

/**
 * How far a role reaches over institutions' records:
 * - `national`: every institution;
 * - `network`: the caller's Balai/Loka and the institutions it supervises or is partnered with;
 * - `institution`: the caller's own institution only.
 */
export type ScopeReach = 'national' | 'network' | 'institution';

type RoleDefinition = {
  reach: ScopeReach;
  /** National roles have no institution; the others must have one. */
  needsInstitution: boolean;
  label: { id: string; en: string };
  description: { id: string; en: string };
};

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  admin: {
    reach: 'national',
    needsInstitution: false,
    label: { id: 'Administrator', en: 'Administrator' },
    description: { id: 'Mengelola pengguna dan konfigurasi.', en: 'Manages users and configuration.' },
  },
  direktorat: {
    reach: 'national',
    needsInstitution: false,
    label: { id: 'Direktorat', en: 'Directorate' },
    description: {
      id: 'Pemantauan nasional atas semua lembaga; tanpa nama klien kecuali diberi akses.',
      en: 'National monitoring of all institutions; no client names unless granted.',
    },
  },
  inspektorat: {
    reach: 'national',
    needsInstitution: false,
    label: { id: 'Inspektorat', en: 'Inspectorate' },
    description: { id: 'Hanya baca; memeriksa log audit.', en: 'Read-only; audits the audit log.' },
  },
  pusdatin: {
    reach: 'national',
    needsInstitution: false,
    label: { id: 'Pusdatin', en: 'Pusdatin' },
    description: {
      id: 'Sinkronisasi DTKS; hanya data untuk pencocokan.',
      en: 'DTKS synchronisation; matching data only.',
    },
  },
  balai_manager: {
    reach: 'network',
    needsInstitution: true,
    label: { id: 'Pengelola Balai/Loka', en: 'Balai/Loka manager' },
    description: {
      id: 'Balai/Loka sendiri dan IPWL yang bermitra dengannya.',
      en: 'Their Balai/Loka and the IPWL partnered with it.',
    },
  },
  ipwl_manager: {
    reach: 'institution',
    needsInstitution: true,
    label: { id: 'Pengelola IPWL', en: 'IPWL manager' },
    description: { id: 'Lembaga sendiri.', en: 'Their own institution.' },
  },
  pendamping: {
    reach: 'institution',
    needsInstitution: true,
    label: { id: 'Pendamping / pekerja sosial', en: 'Social worker / counsellor' },
    description: {
      id: 'Kasus yang ditugaskan kepadanya atau di lembaganya.',
      en: 'Cases assigned to them or at their institution.',
    },
  },
};

const everyone = ROLES;

/**
 * The permission matrix, written once. The API enforces it (each route names one permission), the web app reads it
 * to show what a user may do, and `docs/permissions.md` is generated from it (`npm run docs:permissions`).
 */
export const PERMISSIONS = {
  'account:self': {
    roles: everyone,
    description: {
      id: 'Melihat akun sendiri, mengganti kata sandi, TOTP, token API pribadi.',
      en: 'See one’s own account, change password, TOTP, personal API tokens.',
    },
  },
  'institutions:read': {
    roles: everyone,
    description: { id: 'Melihat lembaga dalam cakupan.', en: 'See institutions within scope.' },
  },
  'users:manage': {
    roles: ['admin'],
    description: {
      id: 'Membuat, mengubah, menonaktifkan pengguna; mengatur ulang kata sandi dan TOTP.',
      en: 'Create, edit and disable users; reset passwords and TOTP.',
    },
  },
  'audit:read': {
    roles: ['admin', 'inspektorat'],
    description: { id: 'Membaca dan mengekspor log audit.', en: 'Read and export the audit log.' },
  },
} as const satisfies Record<string, { roles: readonly Role[]; description: { id: string; en: string } }>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];
export const Permission = z.enum(PERMISSION_NAMES);

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSION_NAMES.filter((permission) => can(role, permission));
}

/**
 * What a route requires: `public` (no sign-in), `signed_in` (any signed-in user, even one who still has to change
 * a password or enrol TOTP), or one permission.
 */
export type RoutePolicy = 'public' | 'signed_in' | Permission;
