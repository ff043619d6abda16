import { z } from 'zod';
import { IsoDate } from './atensi.js';

export const ConsentPurpose = z.enum(['referral', 'medical_rehab', 'social_aid', 'dtks', 'other']);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;
export const DataCategory = z.enum(['identity', 'contact', 'screening', 'assessment', 'case']);
export type DataCategory = z.infer<typeof DataCategory>;

export const Consent = z
  .object({
    id: z.string(),
    beneficiaryId: z.string(),
    purpose: ConsentPurpose,
    categories: z.array(DataCategory),
    recipientInstitutionId: z.string().nullable().meta({ description: 'Null: any institution the purpose needs' }),
    recipientInstitutionName: z.string().nullable(),
    givenBy: z.enum(['person', 'guardian']),
    givenOn: z.string(),
    expiresOn: z.string().nullable(),
    revokedOn: z.string().nullable(),
    note: z.string().nullable(),
    isValid: z.boolean().meta({ description: 'Given, not expired and not revoked today' }),
  })
  .meta({ id: 'Consent' });
export type Consent = z.infer<typeof Consent>;

export const ConsentList = z.object({ items: z.array(Consent) });

export const CreateConsentInput = z
  .object({
    purpose: ConsentPurpose,
    categories: z.array(DataCategory).min(1).max(5),
    recipientInstitutionId: z.uuid().nullable().optional(),
    givenBy: z.enum(['person', 'guardian']),
    givenOn: IsoDate,
    expiresOn: IsoDate.nullable().optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type CreateConsentInput = z.infer<typeof CreateConsentInput>;

export const RevokeConsentInput = z.object({ revokedOn: IsoDate }).strict();

export const Disclosure = z
  .object({
    id: z.string(),
    caseId: z.string().nullable(),
    fromInstitutionId: z.string(),
    fromInstitutionName: z.string(),
    recipientInstitutionId: z.string(),
    recipientInstitutionName: z.string(),
    purpose: z.string(),
    categories: z.array(z.string()),
    consentId: z.string(),
    disclosedAt: z.string(),
    disclosedBy: z.string().nullable(),
  })
  .meta({ id: 'Disclosure' });
export const DisclosureList = z.object({ items: z.array(Disclosure) });
