import { z } from 'zod';
import { IsoDate } from './atensi.js';
import { VocationalOutcome, VocationalOutcomes } from './vocational.js';

export const FollowUp = z
  .object({
    id: z.string(),
    caseId: z.string(),
    monthsAfter: z.number().int(),
    dueOn: z.string(),
    doneOn: z.string().nullable(),
    substanceUse: z.enum(['none', 'occasional', 'relapse']).nullable(),
    workOrSchool: z.enum(['working', 'studying', 'neither']).nullable(),
    housing: z.enum(['stable', 'unstable', 'homeless']).nullable(),
    familyRelations: z.enum(['good', 'strained', 'broken']).nullable(),
    legalProblems: z.boolean().nullable(),
    note: z.string().nullable(),
    vocationalOutcomes: z.array(VocationalOutcome).meta({ description: 'Recorded at this visit' }),
    isOverdue: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'FollowUp' });
export type FollowUp = z.infer<typeof FollowUp>;
export const FollowUpList = z.object({ items: z.array(FollowUp) });

export const RecordFollowUpInput = z
  .object({
    doneOn: IsoDate,
    substanceUse: z.enum(['none', 'occasional', 'relapse']),
    workOrSchool: z.enum(['working', 'studying', 'neither']),
    housing: z.enum(['stable', 'unstable', 'homeless']),
    familyRelations: z.enum(['good', 'strained', 'broken']),
    legalProblems: z.boolean(),
    note: z.string().trim().max(2000).optional(),
    vocationalOutcomes: VocationalOutcomes.optional().meta({
      description: 'Course completed, certificate, business started, job placement since the last visit',
    }),
  })
  .strict();
export type RecordFollowUpInput = z.infer<typeof RecordFollowUpInput>;

export const RecordFollowUpResult = z.object({
  followUp: FollowUp,
  newCaseId: z
    .string()
    .nullable()
    .meta({ description: 'A relapse opens a new case for the person, linked to this one' }),
});

export const CaseNote = z.object({
  id: z.string(),
  body: z.string(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export const CaseNoteList = z.object({ items: z.array(CaseNote) });
export const CreateCaseNoteInput = z.object({ body: z.string().trim().min(1).max(5000) }).strict();

export const FollowUpParams = z.object({ id: z.uuid({ error: 'id.format' }) });

export const Worklist = z
  .object({
    myCases: z.array(
      z.object({ id: z.string(), beneficiaryName: z.string(), status: z.string(), updatedAt: z.string() }),
    ),
    awaitingAction: z.array(
      z.object({
        id: z.string(),
        beneficiaryName: z.string(),
        status: z.string(),
        updatedAt: z.string(),
        why: z.string(),
      }),
    ),
    incomingReferrals: z.array(
      z.object({ id: z.string(), caseId: z.string(), fromInstitutionName: z.string(), dueOn: z.string() }),
    ),
    overdueReferrals: z.array(
      z.object({
        id: z.string(),
        caseId: z.string(),
        fromInstitutionName: z.string(),
        toInstitutionName: z.string(),
        dueOn: z.string(),
        escalated: z.boolean(),
      }),
    ),
    dueFollowUps: z.array(
      z.object({
        id: z.string(),
        caseId: z.string(),
        beneficiaryName: z.string(),
        monthsAfter: z.number().int(),
        dueOn: z.string(),
      }),
    ),
  })
  .meta({ id: 'Worklist' });
export type Worklist = z.infer<typeof Worklist>;
