import { z } from 'zod';
import { AtensiComponent, IsoDate, ServiceSetting } from './atensi.js';
import { RegionCodeInput } from './regions.js';

/** Institution types of the registry. */
export const InstitutionType = z.enum(['direktorat', 'balai', 'loka', 'ipwl', 'dinsos', 'faskes', 'other_partner']);
export type InstitutionType = z.infer<typeof InstitutionType>;

/**
 * Derived from accreditation dates and suspensions (`certification-status.ts`): `expiring` within the configured
 * window (90 days by default), null where no accreditation is recorded.
 */
export const CertificationStatus = z.enum(['active', 'expiring', 'expired', 'suspended']);
export type CertificationStatus = z.infer<typeof CertificationStatus>;

export const InstitutionCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(2, { error: 'institution.code_format' })
  .max(40, { error: 'institution.code_format' })
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, { error: 'institution.code_format' })
  .meta({ description: 'Upper-case letters, digits and dashes', example: 'BALAI-BAMBU-APUS' });

export const IdParams = z.object({ id: z.uuid({ error: 'id.format' }) });
export type IdParams = z.infer<typeof IdParams>;

export const InstitutionSummary = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    type: InstitutionType,
    parentId: z.string().nullable(),
    regionCode: z.string().nullable(),
    provinceCode: z.string().nullable(),
    certificationStatus: CertificationStatus.nullable(),
    certificationValidUntil: z.string().nullable(),
    isActive: z.boolean(),
  })
  .meta({ id: 'InstitutionSummary' });
export type InstitutionSummary = z.infer<typeof InstitutionSummary>;

export const InstitutionListQuery = z
  .object({
    type: InstitutionType.optional(),
    q: z.string().trim().min(2).max(100).optional(),
    provinceCode: z
      .string()
      .trim()
      .regex(/^\d{2}$/, { error: 'region.code_format' })
      .optional(),
    certificationStatus: z.union([CertificationStatus, z.literal('none')]).optional(),
    includeInactive: z.enum(['true', 'false']).default('false'),
  })
  .strict();
export type InstitutionListQuery = z.infer<typeof InstitutionListQuery>;

export const InstitutionList = z.object({ items: z.array(InstitutionSummary) });
export type InstitutionList = z.infer<typeof InstitutionList>;

export const InstitutionExportQuery = InstitutionListQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
}).strict();
export type InstitutionExportQuery = z.infer<typeof InstitutionExportQuery>;

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'phone.format' });
const Capacity = z.number().int().min(0).max(100_000);

export const CreateInstitutionInput = z
  .object({
    code: InstitutionCode,
    name: z.string().trim().min(3).max(200),
    type: InstitutionType,
    parentId: z.uuid().nullable().optional(),
    regionCode: RegionCodeInput.nullable().optional(),
    address: z.string().trim().max(500).nullable().optional(),
    phone: Phone.nullable().optional(),
    email: z.email().max(200).nullable().optional(),
    capacityResidential: Capacity.nullable().optional(),
    capacityOutpatient: Capacity.nullable().optional(),
    components: z.array(AtensiComponent).max(7).default([]),
    settings: z.array(ServiceSetting).max(3).default([]),
    validFrom: IsoDate.optional().meta({ description: 'Since when the unit exists under this name (default today)' }),
  })
  .strict();
export type CreateInstitutionInput = z.infer<typeof CreateInstitutionInput>;

export const UpdateInstitutionInput = z
  .object({
    name: z.string().trim().min(3).max(200).optional(),
    parentId: z.uuid().nullable().optional(),
    regionCode: RegionCodeInput.nullable().optional(),
    address: z.string().trim().max(500).nullable().optional(),
    phone: Phone.nullable().optional(),
    email: z.email().max(200).nullable().optional(),
    capacityResidential: Capacity.nullable().optional(),
    capacityOutpatient: Capacity.nullable().optional(),
    components: z.array(AtensiComponent).max(7).optional(),
    settings: z.array(ServiceSetting).max(3).optional(),
    changeReason: z
      .string()
      .trim()
      .min(3)
      .max(500)
      .optional()
      .meta({ description: 'Why the name or parent changed (renaming, merger); kept in the history' }),
    effectiveOn: IsoDate.optional().meta({ description: 'When a name or parent change takes effect (default today)' }),
    closedOn: IsoDate.nullable()
      .optional()
      .meta({ description: 'The unit closed or merged on this day; null reopens it' }),
  })
  .strict();
export type UpdateInstitutionInput = z.infer<typeof UpdateInstitutionInput>;

export const InstitutionHistoryEntry = z.object({
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  name: z.string(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  reason: z.string().nullable(),
});

export const DesignationMinistry = z.enum(['kemensos', 'kemenkes', 'bnn']);
export type DesignationMinistry = z.infer<typeof DesignationMinistry>;

export const Designation = z.object({
  id: z.string(),
  decreeNumber: z.string(),
  decreeDate: z.string(),
  ministry: DesignationMinistry,
  createdAt: z.string(),
});
export type Designation = z.infer<typeof Designation>;

export const CreateDesignationInput = z
  .object({
    decreeNumber: z.string().trim().min(3).max(120),
    decreeDate: IsoDate,
    ministry: DesignationMinistry,
  })
  .strict();
export type CreateDesignationInput = z.infer<typeof CreateDesignationInput>;

export const AccreditationGrade = z.enum(['A', 'B', 'C']);
export type AccreditationGrade = z.infer<typeof AccreditationGrade>;
export const Accreditation = z.object({
  id: z.string(),
  grade: AccreditationGrade,
  issuer: z.string(),
  certificateNumber: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string(),
  createdAt: z.string(),
});
export type Accreditation = z.infer<typeof Accreditation>;

export const CreateAccreditationInput = z
  .object({
    grade: AccreditationGrade,
    issuer: z.string().trim().min(2).max(200),
    certificateNumber: z.string().trim().max(120).nullable().optional(),
    validFrom: IsoDate,
    validUntil: IsoDate,
  })
  .strict();
export type CreateAccreditationInput = z.infer<typeof CreateAccreditationInput>;

export const Suspension = z.object({
  id: z.string(),
  reason: z.string(),
  suspendedOn: z.string(),
  liftedOn: z.string().nullable(),
});
export type Suspension = z.infer<typeof Suspension>;

export const SuspendInput = z
  .object({ reason: z.string().trim().min(3).max(500), suspendedOn: IsoDate.optional() })
  .strict();
export type SuspendInput = z.infer<typeof SuspendInput>;

/** The IPWL requirements (PP 25/2011 and Kemensos guidance). */
export const IpwlRequirement = z.enum([
  'legal_entity_lks',
  'napza_experience_one_year',
  'certified_social_worker',
  'addiction_counsellor',
  'facilities_standard',
  'provincial_recommendation',
]);
export type IpwlRequirement = z.infer<typeof IpwlRequirement>;

/** Requirements the registry derives from the workforce instead of asking for evidence. */
export const DERIVED_REQUIREMENTS: readonly IpwlRequirement[] = ['certified_social_worker', 'addiction_counsellor'];

export const RequirementStatus = z.object({
  requirement: IpwlRequirement,
  met: z.boolean(),
  derived: z.boolean().meta({ description: 'True when computed from the staff registry' }),
  evidence: z.string().nullable(),
  verifiedAt: z.string().nullable(),
});
export type RequirementStatus = z.infer<typeof RequirementStatus>;

export const RequirementParams = z.object({ id: z.uuid({ error: 'id.format' }), requirement: IpwlRequirement });

export const SetRequirementInput = z
  .object({ met: z.boolean(), evidence: z.string().trim().max(500).nullable().optional() })
  .strict();
export type SetRequirementInput = z.infer<typeof SetRequirementInput>;

export const Partnership = z
  .object({
    id: z.string(),
    unitId: z.string().meta({ description: 'The Balai/Loka' }),
    unitName: z.string(),
    partnerId: z.string(),
    partnerName: z.string(),
    partnerType: InstitutionType,
    mouNumber: z.string(),
    scope: z.string().nullable(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    isActive: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Partnership' });
export type Partnership = z.infer<typeof Partnership>;

export const PartnershipList = z.object({ items: z.array(Partnership) });

export const PartnershipListQuery = z
  .object({
    institutionId: z.uuid().optional(),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, { error: 'region.code_format' })
      .optional(),
    activeOnly: z.enum(['true', 'false']).default('true'),
  })
  .strict();
export type PartnershipListQuery = z.infer<typeof PartnershipListQuery>;

export const CreatePartnershipInput = z
  .object({
    unitId: z.uuid(),
    partnerId: z.uuid(),
    mouNumber: z.string().trim().min(3).max(120),
    scope: z.string().trim().max(500).nullable().optional(),
    validFrom: IsoDate,
    validUntil: IsoDate.nullable().optional(),
  })
  .strict();
export type CreatePartnershipInput = z.infer<typeof CreatePartnershipInput>;

export const EndPartnershipInput = z.object({ validUntil: IsoDate }).strict();

export const InstitutionDetail = InstitutionSummary.extend({
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  capacityResidential: z.number().int().nullable(),
  capacityOutpatient: z.number().int().nullable(),
  components: z.array(AtensiComponent),
  settings: z.array(ServiceSetting),
  validFrom: z.string(),
  closedOn: z.string().nullable(),
  parent: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  history: z.array(InstitutionHistoryEntry),
  designations: z.array(Designation),
  accreditations: z.array(Accreditation),
  suspensions: z.array(Suspension),
  requirements: z.array(RequirementStatus).meta({ description: 'IPWL only; empty for other types' }),
  canAdmitCases: z
    .boolean()
    .meta({ description: 'False when certification has expired, is suspended or missing (IPWL)' }),
  admissionBlockedReason: z.enum(['certification_expired', 'suspended', 'not_certified', 'closed']).nullable(),
  staffCount: z.number().int(),
  version: z.number().int(),
}).meta({ id: 'InstitutionDetail' });
export type InstitutionDetail = z.infer<typeof InstitutionDetail>;
