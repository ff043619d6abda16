/** The contract's roles (`shared/api-contract.md`, `atensi users create`). */
export const ROLES = [
  'admin',
  'direktorat',
  'inspektorat',
  'pusdatin',
  'balai_manager',
  'ipwl_manager',
  'pendamping',
] as const;
/** A role's name; the schema `Role` is in role-schemas.ts, so that this module (the roles and what they may do) is
 * free of zod and the web app's first load can use it (issue 9). */
type RoleName = (typeof ROLES)[number];

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

export const ROLE_DEFINITIONS: Record<RoleName, RoleDefinition> = {
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
      id: 'Balai/Loka sendiri dan IPWL yang dibinanya atau bermitra dengannya.',
      en: 'Their Balai/Loka and the IPWL it supervises or is partnered with.',
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
  'institutions:create': {
    roles: ['admin', 'direktorat'],
    description: { id: 'Mendaftarkan lembaga baru.', en: 'Register new institutions.' },
  },
  'institutions:edit': {
    roles: ['admin', 'direktorat', 'balai_manager', 'ipwl_manager'],
    description: {
      id: 'Mengubah profil lembaga: nasional semua lembaga, pengelola hanya lembaganya sendiri.',
      en: 'Edit an institution’s profile: national roles any, managers their own only.',
    },
  },
  'certification:manage': {
    roles: ['admin', 'direktorat'],
    description: {
      id: 'Mencatat penetapan, akreditasi, pembekuan dan verifikasi persyaratan IPWL.',
      en: 'Record IPWL designation, accreditation, suspension and requirement checks.',
    },
  },
  'partnerships:manage': {
    roles: ['admin', 'direktorat', 'balai_manager'],
    description: {
      id: 'Mencatat kemitraan (MoU) Balai/Loka; pengelola Balai hanya untuk Balainya.',
      en: 'Record Balai/Loka partnerships (MoU); a Balai manager for their own unit only.',
    },
  },
  'workforce:read': {
    roles: ['admin', 'direktorat', 'inspektorat', 'balai_manager', 'ipwl_manager', 'pendamping'],
    description: {
      id: 'Melihat SDM dan sertifikasinya dalam cakupan.',
      en: 'See staff and certifications within scope.',
    },
  },
  'workforce:manage': {
    roles: ['admin', 'direktorat', 'balai_manager', 'ipwl_manager'],
    description: {
      id: 'Mengelola SDM dan sertifikasi: pengelola hanya di lembaganya sendiri.',
      en: 'Manage staff and certifications: managers at their own institution only.',
    },
  },
  'alerts:read': {
    roles: ['admin', 'direktorat', 'inspektorat', 'balai_manager', 'ipwl_manager'],
    description: {
      id: 'Melihat peringatan sertifikasi dan SDM dalam cakupan.',
      en: 'See certification and staffing alerts within scope.',
    },
  },
  'beneficiaries:read': {
    roles: ['balai_manager', 'ipwl_manager', 'pendamping'],
    description: {
      id: 'Membaca data penerima manfaat dan kasus dalam cakupan (setiap pembacaan dicatat).',
      en: 'Read beneficiaries and cases within scope (every read is audited).',
    },
  },
  'beneficiaries:write': {
    roles: ['balai_manager', 'ipwl_manager', 'pendamping'],
    description: {
      id: 'Mendaftarkan penerima manfaat, membuka dan menjalankan kasus di lembaga sendiri.',
      en: 'Register beneficiaries, open and move cases at one’s own institution.',
    },
  },
  'beneficiaries:merge': {
    roles: ['balai_manager', 'ipwl_manager'],
    description: {
      id: 'Menggabungkan dua pendaftaran ganda orang yang sama (riwayat keduanya tetap).',
      en: 'Merge two registrations of the same person (both histories kept).',
    },
  },
  'reports:read': {
    roles: ['direktorat', 'inspektorat', 'balai_manager', 'ipwl_manager'],
    description: {
      id: 'Melihat laporan agregat (skrining dan layanan) dalam cakupan; angka kecil disamarkan.',
      en: 'See aggregate reports (screening, services) within scope; small counts suppressed.',
    },
  },
  'plans:approve': {
    roles: ['balai_manager', 'ipwl_manager'],
    description: {
      id: 'Menyetujui atau mengembalikan rencana intervensi kasus risiko sedang/tinggi di lembaga sendiri (bukan rencana yang ditulisnya sendiri).',
      en: 'Approve or return the intervention plans of moderate/high-risk cases at one’s own institution (never one’s own plan).',
    },
  },
  'catalogue:read': {
    roles: everyone,
    description: { id: 'Melihat katalog layanan ATENSI.', en: 'See the ATENSI service catalogue.' },
  },
  'catalogue:manage': {
    roles: ['admin', 'direktorat'],
    description: {
      id: 'Menambah, mengubah dan menonaktifkan sub-kegiatan katalog layanan.',
      en: 'Add, edit and retire sub-activities of the service catalogue.',
    },
  },
  'services:summary': {
    roles: ['direktorat', 'inspektorat', 'balai_manager', 'ipwl_manager'],
    description: {
      id: 'Melihat dan mengekspor ringkasan layanan lembaga dalam cakupan (agregat, tanpa nama).',
      en: 'See and export institutions’ service summaries within scope (aggregates, no names).',
    },
  },
  'social_aid:approve': {
    roles: ['balai_manager', 'ipwl_manager'],
    description: {
      id: 'Menyetujui atau menolak permohonan bantuan sosial di lembaga sendiri (perlu status DTKS padan).',
      en: 'Approve or reject social aid requests at one’s own institution (needs a DTKS match).',
    },
  },
  'dtks:match': {
    roles: ['pusdatin'],
    description: {
      id: 'Antrean pemeriksaan DTKS dan usulan pencantuman: hanya NIK, nama, tanggal lahir dan wilayah; mencatat status DTKS.',
      en: 'The queue of DTKS checks and inclusion proposals: NIK, name, birth date and region only; record DTKS statuses.',
    },
  },
  'activities:read': {
    roles: ['admin', 'direktorat', 'inspektorat', 'balai_manager', 'ipwl_manager', 'pendamping'],
    description: {
      id: 'Melihat kegiatan layanan tidak langsung (kampanye, bimtek, supervisi, rakor...) yang melibatkan cakupannya.',
      en: 'See indirect-service activities (campaigns, bimtek, supervision, meetings...) involving one’s scope.',
    },
  },
  'activities:manage': {
    roles: ['admin', 'direktorat', 'balai_manager'],
    description: {
      id: 'Mencatat kegiatan, peserta, dokumen, tindak lanjut, bimtek, supervisi dan kampanye; Balai hanya yang diselenggarakannya.',
      en: 'Record activities, participants, documents, follow-ups, bimtek, supervision and campaigns; a Balai only its own.',
    },
  },
  'activities:respond': {
    roles: ['admin', 'direktorat', 'balai_manager', 'ipwl_manager'],
    description: {
      id: 'Memperbarui status tindak lanjut yang menjadi tanggung jawab lembaga sendiri (termasuk tindakan perbaikan supervisi).',
      en: 'Update the status of follow-up actions owned by one’s institution (supervision corrective actions included).',
    },
  },
  'supervision:checklist': {
    roles: ['admin', 'direktorat'],
    description: {
      id: 'Menyusun versi baru daftar periksa supervisi.',
      en: 'Publish a new version of the supervision checklist.',
    },
  },
  'surveys:read': {
    roles: ['admin', 'direktorat', 'inspektorat', 'balai_manager', 'ipwl_manager'],
    description: {
      id: 'Melihat survei media dan hasilnya (agregat, responden anonim).',
      en: 'See media surveys and their results (aggregates, anonymous respondents).',
    },
  },
  'surveys:manage': {
    roles: ['admin', 'direktorat'],
    description: {
      id: 'Menyusun survei, mengisi dan mengimpor jawaban.',
      en: 'Build surveys, enter and import responses.',
    },
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
} as const satisfies Record<string, { roles: readonly RoleName[]; description: { id: string; en: string } }>;

type PermissionName = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as [PermissionName, ...PermissionName[]];

export function can(role: RoleName, permission: PermissionName): boolean {
  return (PERMISSIONS[permission].roles as readonly RoleName[]).includes(role);
}

export function permissionsOf(role: RoleName): PermissionName[] {
  return PERMISSION_NAMES.filter((permission) => can(role, permission));
}

/**
 * What a route requires: `public` (no sign-in), `signed_in` (any signed-in user, even one who still has to change
 * a password or enrol TOTP), or one permission.
 */
export type RoutePolicy = 'public' | 'signed_in' | PermissionName;
