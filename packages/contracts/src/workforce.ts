import { z } from 'zod';
import { IsoDate } from './atensi.js';

export const StaffRole = z.enum([
  'pekerja_sosial',
  'konselor_adiksi',
  'tks',
  'relawan',
  'penyuluh',
  'psikolog',
  'tenaga_medis',
  'pengelola',
]);
export type StaffRole = z.infer<typeof StaffRole>;

export const STAFF_ROLE_LABELS: Record<StaffRole, { id: string; en: string }> = {
  pekerja_sosial: { id: 'Pekerja sosial', en: 'Social worker' },
  konselor_adiksi: { id: 'Konselor adiksi', en: 'Addiction counsellor' },
  tks: { id: 'Tenaga kesejahteraan sosial (TKS)', en: 'Social welfare worker (TKS)' },
  relawan: { id: 'Relawan', en: 'Volunteer' },
  penyuluh: { id: 'Penyuluh sosial', en: 'Social extension worker' },
  psikolog: { id: 'Psikolog', en: 'Psychologist' },
  tenaga_medis: { id: 'Tenaga medis', en: 'Medical staff' },
  pengelola: { id: 'Pengelola', en: 'Manager' },
};

export const StaffCertificationType = z.enum([
  'pekerja_sosial',
  'konselor_adiksi',
  'psikolog',
  'tenaga_medis',
  'other',
]);
export type StaffCertificationType = z.infer<typeof StaffCertificationType>;

export const CertificationLevel = z.enum(['asisten', 'generalis', 'spesialis', 'ahli']);
export type CertificationLevel = z.infer<typeof CertificationLevel>;

/** A person's certificate: `active` (or without end), `expiring` within the window, `expired`. */
export const StaffCertificationStatus = z.enum(['active', 'expiring', 'expired']);
export type StaffCertificationStatus = z.infer<typeof StaffCertificationStatus>;

export const StaffCertification = z
  .object({
    id: z.string(),
    type: StaffCertificationType,
    level: CertificationLevel.nullable(),
    issuer: z.string(),
    certificateNumber: z.string().nullable(),
    issuedOn: z.string(),
    validUntil: z.string().nullable(),
    status: StaffCertificationStatus,
  })
  .meta({ id: 'StaffCertification' });
export type StaffCertification = z.infer<typeof StaffCertification>;

export const Staff = z
  .object({
    id: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    fullName: z.string(),
    nik: z.string().nullable().meta({ description: 'Shown only to those who may manage this staff record' }),
    role: StaffRole,
    phone: z.string().nullable(),
    email: z.string().nullable(),
    employedFrom: z.string(),
    employedUntil: z.string().nullable(),
    isEmployed: z.boolean(),
    userId: z.string().nullable(),
    certifications: z.array(StaffCertification),
    /** The best status among the certifications of the person's own profession (null when none is recorded). */
    certificationStatus: StaffCertificationStatus.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Staff' });
export type Staff = z.infer<typeof Staff>;

export const StaffListQuery = z
  .object({
    institutionId: z.uuid().optional(),
    role: StaffRole.optional(),
    certificationStatus: z.union([StaffCertificationStatus, z.literal('none')]).optional(),
    q: z.string().trim().min(2).max(100).optional(),
    includeFormer: z.enum(['true', 'false']).default('false'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type StaffListQuery = z.infer<typeof StaffListQuery>;

export const StaffList = z.object({
  items: z.array(Staff),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type StaffList = z.infer<typeof StaffList>;

const Nik = z
  .string()
  .trim()
  .regex(/^\d{16}$/, { error: 'staff.nik_format' });
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'phone.format' });

export const CreateStaffInput = z
  .object({
    institutionId: z.uuid(),
    fullName: z.string().trim().min(2).max(120),
    nik: Nik.nullable().optional(),
    role: StaffRole,
    phone: Phone.nullable().optional(),
    email: z.email().max(200).nullable().optional(),
    employedFrom: IsoDate,
    employedUntil: IsoDate.nullable().optional(),
    userId: z.uuid().nullable().optional(),
  })
  .strict();
export type CreateStaffInput = z.infer<typeof CreateStaffInput>;

export const UpdateStaffInput = CreateStaffInput.omit({ institutionId: true }).partial().strict();
export type UpdateStaffInput = z.infer<typeof UpdateStaffInput>;

export const CreateStaffCertificationInput = z
  .object({
    type: StaffCertificationType,
    level: CertificationLevel.nullable().optional(),
    issuer: z.string().trim().min(2).max(200).meta({ example: 'LSPS' }),
    certificateNumber: z.string().trim().max(120).nullable().optional(),
    issuedOn: IsoDate,
    validUntil: IsoDate.nullable().optional(),
  })
  .strict();
export type CreateStaffCertificationInput = z.infer<typeof CreateStaffCertificationInput>;

export const StaffCertificationParams = z.object({
  id: z.uuid({ error: 'id.format' }),
  certificationId: z.uuid({ error: 'id.format' }),
});
