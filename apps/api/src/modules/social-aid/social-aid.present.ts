import { can, type SocialAidRequest } from '@atensi/contracts';
import { inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Db } from '../../platform/db/database.js';
import { editScopeOf, isWithinScope } from '../institutions/index.js';
import { findCatalogueItems } from '../service-catalogue/index.js';
import { users } from '../users/index.js';
import type { SocialAidRow } from './social-aid.table.js';
import { aidActions } from './social-aid-rules.js';

export const AID_FIELD = {
  reason: 'social_aid_requests.reason',
  decisionNote: 'social_aid_requests.decision_note',
  receiptNote: 'social_aid_requests.receipt_note',
} as const;

export function aidViewerOf(actor: Actor, institutionId: string) {
  return {
    canWrite: can(actor.role, 'beneficiaries:write') && isWithinScope(editScopeOf(actor), institutionId),
    canApprove: can(actor.role, 'social_aid:approve') && actor.institutionId === institutionId,
  };
}

/** Requests as the actor sees them (reasons and notes opened: call after the read is audited). */
export async function presentAid(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  rows: SocialAidRow[],
): Promise<SocialAidRequest[]> {
  const items = await findCatalogueItems(
    db,
    rows.map((row) => row.catalogueItemId),
  );
  const userIds = [
    ...new Set(rows.flatMap((row) => [row.requestedBy, row.decidedBy]).filter((id): id is string => !!id)),
  ];
  const names = new Map(
    userIds.length === 0
      ? []
      : (await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))).map(
          (row) => [row.id, row.name] as const,
        ),
  );
  return rows.flatMap((row) => {
    const item = items.get(row.catalogueItemId);
    if (!item) return [];
    return [
      {
        id: row.id,
        caseId: row.caseId,
        beneficiaryId: row.beneficiaryId,
        aidType: row.aidType,
        catalogueItem: {
          id: item.id,
          code: item.code,
          component: item.component,
          name: { id: item.nameId, en: item.nameEn },
          unit: item.unit,
        },
        amountRupiah: row.amountRupiah,
        quantity: row.quantity,
        items: row.items,
        reason: cipher.open(AID_FIELD.reason, row.reasonCipher) ?? '',
        status: row.status,
        requestedAt: row.requestedAt.toISOString(),
        requestedByName: names.get(row.requestedBy) ?? null,
        decidedAt: row.decidedAt?.toISOString() ?? null,
        decidedByName: row.decidedBy ? (names.get(row.decidedBy) ?? null) : null,
        decisionNote: cipher.open(AID_FIELD.decisionNote, row.decisionNoteCipher),
        deliveredOn: row.deliveredOn,
        deliverySessionId: row.deliverySessionId,
        receivedOn: row.receivedOn,
        receivedBy: row.receivedBy,
        receiptNote: cipher.open(AID_FIELD.receiptNote, row.receiptNoteCipher),
        allowedActions: aidActions(row.status, aidViewerOf(actor, row.institutionId)),
        version: row.version,
      },
    ];
  });
}
