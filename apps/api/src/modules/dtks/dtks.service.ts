import type { DtksMethod, DtksResult, DtksSource, DtksStanding } from '@atensi/contracts';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { dtksChecks, dtksInclusionProposals, dtksStatuses, dtksStatusHistory } from './dtks.table.js';

export const DTKS_FIELD = {
  historyNote: 'dtks_status_history.note',
  proposalNote: 'dtks_inclusion_proposals.note',
} as const;

export type DtksResultEntry = {
  beneficiaryId: string;
  status: DtksResult;
  dtksId: string | null;
  welfareDecile: number | null;
  source: DtksSource;
  method: DtksMethod | null;
  checkedOn: string;
  note?: string | undefined;
  actorId: string | null;
};

/**
 * The one writer of a person's DTKS standing (ADR 0010): Pusdatin's entry by hand calls it today; an automated
 * matcher or an extract loader calls it with their own `source`. It keeps the result in the history, resolves the
 * open check, and answers an open inclusion proposal when the person turns out to be in DTKS.
 */
export async function recordDtksResult(tx: Db, cipher: FieldCipher, entry: DtksResultEntry): Promise<void> {
  const now = new Date();
  const values = {
    status: entry.status,
    dtksId: entry.status === 'matched' ? entry.dtksId : null,
    welfareDecile: entry.welfareDecile,
    source: entry.source,
    method: entry.method,
    checkedOn: entry.checkedOn,
    recordedBy: entry.actorId,
    recordedAt: now,
  };
  await tx
    .insert(dtksStatuses)
    .values({ beneficiaryId: entry.beneficiaryId, ...values })
    .onConflictDoUpdate({
      target: dtksStatuses.beneficiaryId,
      set: { ...values, version: sql`${dtksStatuses.version} + 1` },
    });
  await tx.insert(dtksStatusHistory).values({
    id: uuidv7(),
    beneficiaryId: entry.beneficiaryId,
    ...values,
    noteCipher: cipher.seal(DTKS_FIELD.historyNote, entry.note),
  });
  await tx
    .update(dtksChecks)
    .set({ resolvedAt: now, resolvedStatus: entry.status })
    .where(and(eq(dtksChecks.beneficiaryId, entry.beneficiaryId), isNull(dtksChecks.resolvedAt)));
  if (entry.status === 'matched') {
    await tx
      .update(dtksInclusionProposals)
      .set({
        status: 'included',
        dtksId: entry.dtksId,
        decidedAt: now,
        decidedBy: entry.actorId,
        version: sql`${dtksInclusionProposals.version} + 1`,
      })
      .where(
        and(
          eq(dtksInclusionProposals.beneficiaryId, entry.beneficiaryId),
          inArray(dtksInclusionProposals.status, ['open', 'submitted']),
        ),
      );
  }
}

/** Asks Pusdatin to check a person (once: an open check is reused). Returns the open check. */
export async function ensureDtksCheck(
  tx: Db,
  request: { beneficiaryId: string; institutionId: string; reason: 'social_aid' | 'requested'; actorId: string },
): Promise<{ id: string; requestedAt: Date; created: boolean }> {
  const [inserted] = await tx
    .insert(dtksChecks)
    .values({ id: uuidv7(), ...request, requestedBy: request.actorId })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { id: inserted.id, requestedAt: inserted.requestedAt, created: true };
  const [open] = await tx
    .select()
    .from(dtksChecks)
    .where(and(eq(dtksChecks.beneficiaryId, request.beneficiaryId), isNull(dtksChecks.resolvedAt)));
  if (!open) throw new Error('no open DTKS check after a conflicting insert');
  return { id: open.id, requestedAt: open.requestedAt, created: false };
}

/** Proposes a person for inclusion in DTKS (once: an open or submitted proposal is reused). */
export async function ensureInclusionProposal(
  tx: Db,
  proposal: { beneficiaryId: string; institutionId: string; socialAidRequestId: string | null; actorId: string },
): Promise<{ id: string; created: boolean }> {
  const [inserted] = await tx
    .insert(dtksInclusionProposals)
    .values({
      id: uuidv7(),
      beneficiaryId: proposal.beneficiaryId,
      institutionId: proposal.institutionId,
      socialAidRequestId: proposal.socialAidRequestId,
      status: 'open',
      proposedBy: proposal.actorId,
    })
    .onConflictDoNothing()
    .returning({ id: dtksInclusionProposals.id });
  if (inserted) return { id: inserted.id, created: true };
  const [open] = await tx
    .select({ id: dtksInclusionProposals.id })
    .from(dtksInclusionProposals)
    .where(
      and(
        eq(dtksInclusionProposals.beneficiaryId, proposal.beneficiaryId),
        inArray(dtksInclusionProposals.status, ['open', 'submitted']),
      ),
    );
  if (!open) throw new Error('no open inclusion proposal after a conflicting insert');
  return { id: open.id, created: false };
}

/** A person's standing, with the open check and proposal and the history of results. */
export async function findDtksStanding(db: Db, beneficiaryId: string): Promise<DtksStanding> {
  const [[current], [check], [proposal], history] = await Promise.all([
    db.select().from(dtksStatuses).where(eq(dtksStatuses.beneficiaryId, beneficiaryId)),
    db
      .select()
      .from(dtksChecks)
      .where(and(eq(dtksChecks.beneficiaryId, beneficiaryId), isNull(dtksChecks.resolvedAt))),
    db
      .select()
      .from(dtksInclusionProposals)
      .where(
        and(
          eq(dtksInclusionProposals.beneficiaryId, beneficiaryId),
          inArray(dtksInclusionProposals.status, ['open', 'submitted']),
        ),
      ),
    db
      .select()
      .from(dtksStatusHistory)
      .where(eq(dtksStatusHistory.beneficiaryId, beneficiaryId))
      .orderBy(desc(dtksStatusHistory.recordedAt))
      .limit(50),
  ]);
  return {
    beneficiaryId,
    status: current?.status ?? 'unknown',
    dtksId: current?.dtksId ?? null,
    welfareDecile: current?.welfareDecile ?? null,
    source: current?.source ?? null,
    method: current?.method ?? null,
    checkedOn: current?.checkedOn ?? null,
    openCheck: check ? { id: check.id, requestedAt: check.requestedAt.toISOString() } : null,
    openProposal: proposal
      ? { id: proposal.id, status: proposal.status, proposedAt: proposal.proposedAt.toISOString() }
      : null,
    history: history.map((row) => ({
      status: row.status,
      dtksId: row.dtksId,
      source: row.source,
      method: row.method,
      checkedOn: row.checkedOn,
      recordedAt: row.recordedAt.toISOString(),
    })),
  };
}
