import { z } from 'zod';
import { IsoDate } from './atensi.js';
import { nikProblem } from './nik.js';
import { RegionCodeInput } from './regions.js';

export const Sex = z.enum(['M', 'F']);
export type Sex = z.infer<typeof Sex>;

export const Education = z.enum([
  'none',
  'primary',
  'junior_secondary',
  'senior_secondary',
  'diploma',
  'bachelor',
  'postgraduate',
]);
export const Employment = z.enum(['unemployed', 'student', 'informal', 'employed', 'self_employed', 'other']);
export const MaritalStatus = z.enum(['single', 'married', 'divorced', 'widowed']);
export const Disability = z.enum(['physical', 'sensory', 'intellectual', 'mental', 'multiple']);

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'phone.format' });
const SixteenDigits = (error: string) =>
  z
    .string()
    .trim()
    .transform((value) => value.replace(/[\s.-]/g, ''))
    .pipe(z.string().regex(/^\d{16}$/, { error }));

export const Guardian = z
  .object({
    name: z.string().trim().min(2).max(120),
    relationship: z.enum(['parent', 'sibling', 'spouse', 'relative', 'legal_guardian', 'other']),
    phone: Phone.nullable().optional(),
  })
  .strict();
export type Guardian = z.infer<typeof Guardian>;

/**
 * The contract's registration body, with optional extensions. A NIK must be consistent with the sex and birth date
 * entered (checked here, so the answer is 422 on `body.nik`); its district must exist (checked by the API).
 * Without a NIK, `noNikReason` is required, and the person is flagged for documents (ATENSI component 7).
 */
export const CreateBeneficiaryInput = z
  .object({
    nik: z.string().trim().max(40).optional(),
    noNikReason: z.string().trim().min(3).max(300).optional(),
    fullName: z.string().trim().min(2).max(120),
    sex: Sex,
    birthDate: IsoDate,
    regionCode: RegionCodeInput.meta({ description: 'District (PP.KK.CC) or village (PP.KK.CC.DDDD) of residence' }),
    address: z.string().trim().max(500).optional(),
    phone: Phone.optional(),
    kk: SixteenDigits('kk.format').optional().meta({ description: 'Family card number (16 digits)' }),
    aliases: z.array(z.string().trim().min(1).max(120)).max(10).optional(),
    birthPlace: z.string().trim().max(120).optional(),
    guardian: Guardian.optional().meta({ description: 'Required in the web app for anyone under 18' }),
    education: Education.optional(),
    employment: Employment.optional(),
    maritalStatus: MaritalStatus.optional(),
    disabilities: z.array(Disability).max(5).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    // Today in WIB (UTC+7): the day a worker in Indonesia sees.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    if (input.birthDate > today || input.birthDate < '1900-01-01') {
      context.addIssue({ code: 'custom', path: ['birthDate'], message: 'beneficiary.birth_date_range' });
    }
    if (input.regionCode.replace(/\./g, '').length < 6) {
      context.addIssue({ code: 'custom', path: ['regionCode'], message: 'beneficiary.region_level' });
    }
    if (input.nik === undefined || input.nik === '') {
      if (!input.noNikReason)
        context.addIssue({ code: 'custom', path: ['noNikReason'], message: 'beneficiary.nik_or_reason' });
      return;
    }
    const problem = nikProblem(input.nik.replace(/[\s.-]/g, ''), { sex: input.sex, birthDate: input.birthDate });
    if (problem) context.addIssue({ code: 'custom', path: ['nik'], message: problem });
  });
export type CreateBeneficiaryInput = z.infer<typeof CreateBeneficiaryInput>;

export const BeneficiaryWarning = z.enum(['guardian_required', 'needs_documents']);

export const Beneficiary = z
  .object({
    id: z.string(),
    nik: z.string().nullable(),
    nikMasked: z.string().nullable().meta({ description: 'Last four digits only, for lists and print-outs' }),
    noNikReason: z.string().nullable(),
    needsDocuments: z.boolean().meta({ description: 'No NIK: ATENSI component 7 (documents) is indicated' }),
    kk: z.string().nullable(),
    fullName: z.string(),
    aliases: z.array(z.string()),
    sex: Sex,
    birthDate: z.string(),
    age: z.number().int(),
    birthPlace: z.string().nullable(),
    regionCode: z.string(),
    regionPath: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    guardian: Guardian.nullable(),
    education: Education.nullable(),
    employment: Employment.nullable(),
    maritalStatus: MaritalStatus.nullable(),
    disabilities: z.array(Disability),
    registeredInstitutionId: z.string(),
    mergedIntoId: z.string().nullable().meta({ description: 'Set when this registration was merged into another' }),
    createdAt: z.string(),
    warnings: z.array(BeneficiaryWarning),
    version: z.number().int(),
  })
  .meta({ id: 'Beneficiary' });
export type Beneficiary = z.infer<typeof Beneficiary>;

export const BeneficiarySummary = z
  .object({
    id: z.string(),
    nikMasked: z.string().nullable(),
    fullName: z.string(),
    sex: Sex,
    birthDate: z.string(),
    regionCode: z.string(),
    registeredInstitutionId: z.string(),
  })
  .meta({ id: 'BeneficiarySummary' });
export type BeneficiarySummary = z.infer<typeof BeneficiarySummary>;

export const BeneficiarySearchQuery = z
  .object({
    nik: SixteenDigits('nik.format').optional(),
    q: z.string().trim().min(2).max(100).optional(),
    regionCode: RegionCodeInput.optional(),
    birthDate: IsoDate.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type BeneficiarySearchQuery = z.infer<typeof BeneficiarySearchQuery>;

export const BeneficiaryList = z.object({ items: z.array(BeneficiarySummary) });

export const DuplicateQuery = z
  .object({ fullName: z.string().trim().min(2).max(120), birthDate: IsoDate, regionCode: RegionCodeInput })
  .strict();

export const DuplicateCandidates = z.object({
  items: z.array(BeneficiarySummary.extend({ similarity: z.number() })),
});

export const MergeBeneficiaryInput = z
  .object({ duplicateId: z.uuid().meta({ description: 'The registration to fold into this one' }) })
  .strict();
export type MergeBeneficiaryInput = z.infer<typeof MergeBeneficiaryInput>;
