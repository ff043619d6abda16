import { z } from 'zod';
import { IsoDate } from './atensi.js';

export const AuditEvent = z
  .object({
    id: z.string(),
    occurredAt: z.string(),
    actorId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    institutionId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    changedFields: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEventQuery = z
  .object({
    actorId: z.uuid().optional(),
    entityType: z.string().trim().min(1).max(60).optional(),
    entityId: z.string().trim().min(1).max(100).optional(),
    action: z.string().trim().min(1).max(100).optional(),
    from: IsoDate.optional().meta({ description: 'First day (inclusive), YYYY-MM-DD, Asia/Jakarta' }),
    to: IsoDate.optional().meta({ description: 'Last day (inclusive), YYYY-MM-DD, Asia/Jakarta' }),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.string().max(200).optional().meta({ description: 'Cursor: `nextCursor` of the previous page' }),
  })
  .strict();
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;

export const AuditEventExportQuery = AuditEventQuery.omit({ limit: true, before: true });
export type AuditEventExportQuery = z.infer<typeof AuditEventExportQuery>;

export const AuditEventList = z.object({
  items: z.array(AuditEvent),
  nextCursor: z.string().nullable(),
});
export type AuditEventList = z.infer<typeof AuditEventList>;
