import { z } from 'zod';
import { IsoDate } from './atensi.js';

/** Outcomes of vocational training and entrepreneurship (component 5), at termination and at aftercare. */
export const VocationalOutcomeKind = z.enum(['course_completed', 'certificate', 'business_started', 'job_placement']);
export type VocationalOutcomeKind = z.infer<typeof VocationalOutcomeKind>;

export const VocationalOutcomeInput = z
  .object({
    kind: VocationalOutcomeKind,
    field: z.string().trim().min(2).max(80).optional().meta({
      description: 'The trade or sector (pangkas rambut, tata boga, bengkel); no names',
      example: 'Pangkas rambut',
    }),
    achievedOn: IsoDate,
    detail: z
      .string()
      .trim()
      .max(300)
      .optional()
      .meta({ description: 'Course, certificate number, business or employer (sealed at rest)' }),
  })
  .strict();
export type VocationalOutcomeInput = z.infer<typeof VocationalOutcomeInput>;

export const VocationalOutcomes = z.array(VocationalOutcomeInput).max(10);

export const VocationalOutcome = z
  .object({
    id: z.string(),
    caseId: z.string(),
    stage: z.enum(['termination', 'aftercare']),
    followUpId: z.string().nullable(),
    kind: VocationalOutcomeKind,
    field: z.string().nullable(),
    achievedOn: z.string(),
    detail: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'VocationalOutcome' });
export type VocationalOutcome = z.infer<typeof VocationalOutcome>;
