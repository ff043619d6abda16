import { z } from 'zod';
import { AtensiComponent, ServiceSetting } from './atensi.js';

/** The Addiction Severity Index domains of the further assessment (asesmen lanjut). */
export const AsiDomain = z.enum([
  'medical',
  'employment_support',
  'drug_use',
  'alcohol_use',
  'legal',
  'family_social',
  'psychiatric',
]);
export type AsiDomain = z.infer<typeof AsiDomain>;

export const NeedLevel = z.enum(['none', 'some', 'high']);
export type NeedLevel = z.infer<typeof NeedLevel>;
export const StageOfChange = z.enum(['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance']);
export const MedicalRehab = z.enum(['none', 'outpatient_referral', 'inpatient_referral']);

const Note = z.string().trim().max(2000);

/** A draft may be partial; completing it checks that everything needed is there. */
export const AssessmentInput = z
  .object({
    domains: z
      .partialRecord(AsiDomain, z.object({ rating: z.number().int().min(0).max(9), note: Note.optional() }).strict())
      .default({}),
    urineTest: z
      .object({
        result: z.enum(['negative', 'positive', 'not_done']),
        substances: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
      })
      .strict()
      .optional(),
    needs: z.partialRecord(AtensiComponent, z.object({ need: NeedLevel, note: Note.optional() }).strict()).default({}),
    stageOfChange: StageOfChange.optional(),
    recommendation: z
      .object({ medicalRehab: MedicalRehab, socialSetting: ServiceSetting, justification: Note.min(3) })
      .strict()
      .optional(),
  })
  .strict();
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const Assessment = z
  .object({
    caseId: z.string(),
    status: z.enum(['draft', 'completed']),
    domains: z.partialRecord(AsiDomain, z.object({ rating: z.number().int(), note: z.string().nullable() })),
    urineTest: z
      .object({ result: z.enum(['negative', 'positive', 'not_done']), substances: z.array(z.string()) })
      .nullable(),
    needs: z.partialRecord(AtensiComponent, z.object({ need: NeedLevel, note: z.string().nullable() })),
    stageOfChange: StageOfChange.nullable(),
    recommendation: z
      .object({ medicalRehab: MedicalRehab, socialSetting: ServiceSetting, justification: z.string() })
      .nullable(),
    recommendedComponents: z
      .array(AtensiComponent)
      .meta({ description: 'Components with some or high need: what the intervention plan starts from' }),
    instrumentRevision: z
      .number()
      .int()
      .meta({ description: 'The revision of the further-assessment instrument it is made with' }),
    completedAt: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof Assessment>;
