import { z } from 'zod';
import { REFERRAL_KINDS, REFERRAL_STATUSES } from './values.js';

export const ReferralKind = z.enum(REFERRAL_KINDS);
export type ReferralKind = z.infer<typeof ReferralKind>;
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const CreateReferralInput = z
  .object({
    toInstitutionId: z.uuid(),
    kind: ReferralKind.meta({
      description: '`transfer` moves the case to the receiver; `service` asks for a service and a report back',
    }),
    reason: z.string().trim().min(3).max(2000),
    documents: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
    consentId: z
      .uuid()
      .optional()
      .meta({ description: 'Default: a valid referral consent of the person that covers the receiver' }),
  })
  .strict();
export type CreateReferralInput = z.infer<typeof CreateReferralInput>;

export const Referral = z
  .object({
    id: z.string(),
    caseId: z.string(),
    kind: ReferralKind,
    status: ReferralStatus,
    fromInstitutionId: z.string(),
    fromInstitutionName: z.string(),
    toInstitutionId: z.string(),
    toInstitutionName: z.string(),
    beneficiary: z.object({ id: z.string(), fullName: z.string(), sex: z.enum(['M', 'F']), birthDate: z.string() }),
    reason: z.string(),
    documents: z.array(z.string()),
    consentId: z.string(),
    dueOn: z.string(),
    isOverdue: z.boolean(),
    declineReason: z.string().nullable(),
    outcome: z.string().nullable(),
    createdAt: z.string(),
    respondedAt: z.string().nullable(),
    escalatedAt: z.string().nullable(),
    notice: z.string().meta({ description: 'The onward-disclosure notice that travels with every referral packet' }),
    version: z.number().int(),
  })
  .meta({ id: 'Referral' });
export type Referral = z.infer<typeof Referral>;

export const ReferralListQuery = z
  .object({
    direction: z.enum(['incoming', 'outgoing']).default('incoming'),
    status: ReferralStatus.optional(),
    caseId: z.uuid().optional(),
  })
  .strict();
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;
export const ReferralList = z.object({ items: z.array(Referral) });

export const DeclineReferralInput = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
export const ReferralOutcomeInput = z.object({ outcome: z.string().trim().min(3).max(2000) }).strict();
