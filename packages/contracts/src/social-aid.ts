import { z } from 'zod';
import { IsoDate } from './atensi.js';
import { DtksStatus } from './dtks.js';
import { CatalogueItemRef } from './service-delivery.js';

/** Kinds of social aid (component 6, bantuan sosial): cash or in kind. */
export const AidType = z.enum([
  'cash',
  'basic_food',
  'hygiene_kit',
  'clothing',
  'business_kit',
  'education',
  'health',
  'transport',
  'other',
]);
export type AidType = z.infer<typeof AidType>;

/** The sub-activity a kind of aid is recorded as when it is delivered (the web app proposes it). */
export const AID_TYPE_ITEMS: Record<AidType, string> = {
  cash: 'ba_bantuan_tunai',
  basic_food: 'hl_permakanan',
  hygiene_kit: 'hl_kebersihan_diri',
  clothing: 'hl_sandang',
  business_kit: 'vk_paket_usaha',
  education: 'ba_bantuan_barang',
  health: 'ba_bantuan_barang',
  transport: 'ak_transportasi',
  other: 'ba_bantuan_barang',
};

export const SocialAidStatus = z.enum(['requested', 'approved', 'rejected', 'delivered', 'received', 'cancelled']);
export type SocialAidStatus = z.infer<typeof SocialAidStatus>;

export const CreateSocialAidInput = z
  .object({
    aidType: AidType,
    catalogueItemId: z.uuid().meta({ description: 'The sub-activity (unit item or amount) the delivery counts as' }),
    amountRupiah: z.number().int().min(1000).max(1_000_000_000).optional().meta({ description: 'For amounts' }),
    quantity: z.number().int().min(1).max(10_000).optional().meta({ description: 'For items; default 1' }),
    items: z.string().trim().min(2).max(300).optional().meta({ description: 'What is given in kind (no names)' }),
    reason: z.string().trim().min(3).max(2000).meta({ description: 'Why the person needs it (sealed at rest)' }),
  })
  .strict();
export type CreateSocialAidInput = z.infer<typeof CreateSocialAidInput>;

export const DecideSocialAidInput = z.object({ note: z.string().trim().max(1000).optional() }).strict();
export const RejectSocialAidInput = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
export const DeliverSocialAidInput = z
  .object({
    deliveredOn: IsoDate,
    staffId: z.uuid().optional().meta({ description: 'Who handed it over; default: the caller’s staff record' }),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type DeliverSocialAidInput = z.infer<typeof DeliverSocialAidInput>;
export const ReceiptInput = z
  .object({
    receivedOn: IsoDate,
    receivedBy: z.enum(['beneficiary', 'guardian', 'family']),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type ReceiptInput = z.infer<typeof ReceiptInput>;
export const CancelSocialAidInput = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();

export const SocialAidRequest = z
  .object({
    id: z.string(),
    caseId: z.string(),
    beneficiaryId: z.string(),
    aidType: AidType,
    catalogueItem: CatalogueItemRef,
    amountRupiah: z.number().int().nullable(),
    quantity: z.number().int().nullable(),
    items: z.string().nullable(),
    reason: z.string(),
    status: SocialAidStatus,
    requestedAt: z.string(),
    requestedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decisionNote: z.string().nullable(),
    deliveredOn: z.string().nullable(),
    deliverySessionId: z.string().nullable(),
    receivedOn: z.string().nullable(),
    receivedBy: z.enum(['beneficiary', 'guardian', 'family']).nullable(),
    receiptNote: z.string().nullable(),
    allowedActions: z.array(z.enum(['approve', 'reject', 'deliver', 'receipt', 'cancel'])),
    version: z.number().int(),
  })
  .meta({ id: 'SocialAidRequest' });
export type SocialAidRequest = z.infer<typeof SocialAidRequest>;

export const CaseSocialAid = z.object({
  items: z.array(SocialAidRequest),
  dtksStatus: DtksStatus,
  dtksId: z.string().nullable(),
  dtksCheckedOn: z.string().nullable(),
  openCheckRequestedAt: z.string().nullable(),
  openProposalStatus: z.enum(['open', 'submitted', 'included', 'rejected']).nullable(),
});
export type CaseSocialAid = z.infer<typeof CaseSocialAid>;

export const SocialAidAwaiting = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      beneficiaryName: z.string(),
      aidType: AidType,
      amountRupiah: z.number().int().nullable(),
      requestedAt: z.string(),
      dtksStatus: DtksStatus,
    }),
  ),
});
export type SocialAidAwaiting = z.infer<typeof SocialAidAwaiting>;
