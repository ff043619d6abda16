import { z } from 'zod';
import { IsoDate } from './atensi.js';

/**
 * A person's standing in DTKS (Data Terpadu Kesejahteraan Sosial), as Pusdatin's matching found it: `matched`
 * (padan, with the DTKS id), `not_matched` (tidak padan: not in the registry), `nik_duplicate` (NIK ganda),
 * `nik_blocked` (NIK diblokir), or `unknown` while nobody has checked.
 */
export const DtksStatus = z.enum(['unknown', 'matched', 'not_matched', 'nik_duplicate', 'nik_blocked']);
export type DtksStatus = z.infer<typeof DtksStatus>;
export const DtksResult = z.enum(['matched', 'not_matched', 'nik_duplicate', 'nik_blocked']);
export type DtksResult = z.infer<typeof DtksResult>;

/** Who filled the status: Pusdatin by hand, an automated matcher, or an extract file (the latter two to come). */
export const DtksSource = z.enum(['manual', 'automated', 'extract']);
export type DtksSource = z.infer<typeof DtksSource>;
/** How the match was made: by NIK first; by name, birth date and region for records without a usable NIK. */
export const DtksMethod = z.enum(['nik', 'name_birth_region']);
export type DtksMethod = z.infer<typeof DtksMethod>;

export const DtksId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.-]{4,40}$/, { error: 'dtks.id_format' })
  .meta({ description: 'The person’s id in DTKS/DTSEN (letters, digits, dots, dashes)' });

export const RecordDtksStatusInput = z
  .object({
    status: DtksResult,
    dtksId: DtksId.optional().meta({ description: 'Required when `matched`' }),
    welfareDecile: z.number().int().min(1).max(10).optional().meta({ description: 'DTSEN welfare decile, 1 to 10' }),
    method: DtksMethod,
    checkedOn: IsoDate,
    note: z.string().trim().max(500).optional().meta({ description: 'Sealed at rest' }),
  })
  .strict();
export type RecordDtksStatusInput = z.infer<typeof RecordDtksStatusInput>;

export const InclusionProposalStatus = z.enum(['open', 'submitted', 'included', 'rejected']);
export type InclusionProposalStatus = z.infer<typeof InclusionProposalStatus>;

export const DtksStanding = z
  .object({
    beneficiaryId: z.string(),
    status: DtksStatus,
    dtksId: z.string().nullable(),
    welfareDecile: z.number().int().nullable(),
    source: DtksSource.nullable(),
    method: DtksMethod.nullable(),
    checkedOn: z.string().nullable(),
    openCheck: z.object({ id: z.string(), requestedAt: z.string() }).nullable(),
    openProposal: z.object({ id: z.string(), status: InclusionProposalStatus, proposedAt: z.string() }).nullable(),
    history: z.array(
      z.object({
        status: DtksResult,
        dtksId: z.string().nullable(),
        source: DtksSource,
        method: DtksMethod.nullable(),
        checkedOn: z.string(),
        recordedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'DtksStanding' });
export type DtksStanding = z.infer<typeof DtksStanding>;

/** What Pusdatin sees of a person to match them: nothing more. */
export const MatchingData = z.object({
  beneficiaryId: z.string(),
  nik: z.string().nullable(),
  fullName: z.string(),
  birthDate: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
});
export type MatchingData = z.infer<typeof MatchingData>;

export const DtksCheck = MatchingData.extend({
  id: z.string(),
  reason: z.enum(['social_aid', 'requested']),
  requestedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedStatus: DtksResult.nullable(),
}).meta({ id: 'DtksCheck' });
export type DtksCheck = z.infer<typeof DtksCheck>;

export const DtksQueueQuery = z
  .object({
    state: z.enum(['open', 'resolved']).default('open'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type DtksQueueQuery = z.infer<typeof DtksQueueQuery>;

export const DtksCheckList = z.object({ items: z.array(DtksCheck), total: z.number().int() });
export type DtksCheckList = z.infer<typeof DtksCheckList>;

export const InclusionProposal = MatchingData.extend({
  id: z.string(),
  status: InclusionProposalStatus,
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  dtksId: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
}).meta({ id: 'InclusionProposal' });
export type InclusionProposal = z.infer<typeof InclusionProposal>;

export const InclusionProposalList = z.object({ items: z.array(InclusionProposal), total: z.number().int() });
export type InclusionProposalList = z.infer<typeof InclusionProposalList>;

export const ProposalQueueQuery = z
  .object({
    status: InclusionProposalStatus.optional().meta({ description: 'Default: open and submitted ones' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type ProposalQueueQuery = z.infer<typeof ProposalQueueQuery>;

/** Pusdatin's step on a proposal: sent to SIKS-NG, included (with the new DTKS id), or rejected. */
export const DecideProposalInput = z
  .object({
    outcome: z.enum(['submitted', 'included', 'rejected']),
    dtksId: DtksId.optional().meta({ description: 'Required when `included`' }),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type DecideProposalInput = z.infer<typeof DecideProposalInput>;
