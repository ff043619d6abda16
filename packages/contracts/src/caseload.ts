import { z } from 'zod';
import { StaffRole } from './workforce.js';

/** How a load compares with its norm: within it, over it, or no one of the profession to carry it. */
export const CaseloadStatus = z.enum(['within_norm', 'over_norm', 'no_staff']);
export type CaseloadStatus = z.infer<typeof CaseloadStatus>;

/** The professions the staffing norm (2015) counts: 1 social worker per 7 clients, 1 counsellor per 10. */
export const NormedProfession = z.enum(['pekerja_sosial', 'konselor_adiksi']);
export type NormedProfession = z.infer<typeof NormedProfession>;

export const CaseloadWorker = z.object({
  userId: z.string().nullable(),
  staffId: z.string().nullable(),
  name: z.string(),
  role: StaffRole.nullable().meta({ description: 'The staff role; null when the account has no staff record' }),
  isInStaffRegistry: z.boolean(),
  activeCases: z.number().int().meta({ description: 'Running episodes (intake to reintegration) assigned to them' }),
  aftercareCases: z.number().int(),
  norm: z.number().int().nullable().meta({ description: 'Clients per worker of their profession; null: no norm' }),
  status: CaseloadStatus.nullable(),
});
export type CaseloadWorker = z.infer<typeof CaseloadWorker>;

export const ProfessionLoad = z.object({
  profession: NormedProfession,
  norm: z.number().int(),
  staffCount: z.number().int().meta({ description: 'Staff of the profession employed today' }),
  required: z.number().int().meta({ description: 'Staff the norm asks for: active cases / norm, rounded up' }),
  shortfall: z.number().int(),
  clientsPerStaff: z.number().nullable(),
  status: CaseloadStatus,
});
export type ProfessionLoad = z.infer<typeof ProfessionLoad>;

export const Caseload = z
  .object({
    institutionId: z.string(),
    asOf: z.string(),
    activeCases: z.number().int(),
    unassignedCases: z.number().int(),
    aftercareCases: z.number().int(),
    professions: z.array(ProfessionLoad),
    workers: z.array(CaseloadWorker),
  })
  .meta({ id: 'Caseload' });
export type Caseload = z.infer<typeof Caseload>;
