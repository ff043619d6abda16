import { z } from 'zod';

export const AlertKind = z.enum([
  'institution_certification_expiring',
  'institution_certification_expired',
  'staff_certification_expiring',
  'staff_certification_expired',
  'no_certified_social_worker',
  'no_certified_counsellor',
]);
export type AlertKind = z.infer<typeof AlertKind>;

export const Alert = z
  .object({
    id: z.string(),
    kind: AlertKind,
    institutionId: z.string(),
    institutionName: z.string(),
    subjectId: z.string().meta({ description: 'The institution, staff member or certificate concerned' }),
    subjectLabel: z.string(),
    staffId: z.string().nullable().meta({ description: 'For staff certificate alerts: the person to open' }),
    dueOn: z.string().nullable(),
    raisedAt: z.string(),
  })
  .meta({ id: 'Alert' });
export type Alert = z.infer<typeof Alert>;

export const AlertListQuery = z.object({ kind: AlertKind.optional(), institutionId: z.uuid().optional() }).strict();
export type AlertListQuery = z.infer<typeof AlertListQuery>;

export const AlertList = z.object({ items: z.array(Alert) });
export type AlertList = z.infer<typeof AlertList>;

export const AlertRunResult = z.object({
  raised: z.number().int(),
  resolved: z.number().int(),
  open: z.number().int(),
  escalatedReferrals: z.number().int().meta({ description: 'Pending referrals past their deadline, escalated now' }),
});
export type AlertRunResult = z.infer<typeof AlertRunResult>;
