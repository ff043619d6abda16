import { z } from 'zod';

/** Institution types of the registry. */
export const InstitutionType = z.enum(['direktorat', 'balai', 'loka', 'ipwl', 'dinsos', 'faskes', 'other_partner']);
export type InstitutionType = z.infer<typeof InstitutionType>;

/** Derived from designation and accreditation dates; null where certification does not apply or is not recorded. */
export const CertificationStatus = z.enum(['active', 'expiring', 'expired', 'suspended']);
export type CertificationStatus = z.infer<typeof CertificationStatus>;

export const InstitutionCode = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, { error: 'institution.code_format' })
  .meta({ description: 'Upper-case letters, digits and dashes', example: 'BRSKPN-BAMBU-APUS' });

export const InstitutionSummary = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    type: InstitutionType,
    parentId: z.string().nullable(),
    regionCode: z.string().nullable(),
    certificationStatus: CertificationStatus.nullable(),
  })
  .meta({ id: 'InstitutionSummary' });
export type InstitutionSummary = z.infer<typeof InstitutionSummary>;

export const InstitutionListQuery = z
  .object({
    type: InstitutionType.optional(),
    q: z.string().trim().min(2).max(100).optional(),
  })
  .strict();
export type InstitutionListQuery = z.infer<typeof InstitutionListQuery>;

export const InstitutionList = z.object({ items: z.array(InstitutionSummary) });
export type InstitutionList = z.infer<typeof InstitutionList>;

export const IdParams = z.object({ id: z.uuid({ error: 'id.format' }) });
export type IdParams = z.infer<typeof IdParams>;
