import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { auditChainHeads, auditEvents } from './audit.table.js';
import { type AuditContent, chainFor, hashEvent } from './audit-chain.js';

/** Who acted, from where: taken from the request by the caller (routes), never from personal data. */
export type AuditContext = {
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

export type AuditEventInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  institutionId?: string | null;
  /** Names of the fields a change touched. Values are never audited: they may be health data. */
  changedFields?: string[];
  /** Non-personal facts about the event (an outcome, a count); never names, NIK or notes. */
  details?: Record<string, unknown>;
};

/**
 * Appends one event to the audit trail. Call it with the use case's transaction, so the event commits or rolls
 * back with the action it records. Only the head row of the actor's chain is locked, so writers on other chains
 * go on in parallel.
 */
export async function recordAudit(tx: Db, context: AuditContext, input: AuditEventInput): Promise<string> {
  const chain = chainFor(context.actorId ?? 'system');
  const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)).for('update');
  if (!head) throw new Error(`audit chain ${chain} has no head row`);
  const id = uuidv7();
  const event: AuditContent = {
    id,
    chain,
    seq: head.seq + 1,
    // Millisecond precision, so the time read back from the database hashes to the same value.
    occurredAt: new Date(),
    actorId: context.actorId,
    actorRole: context.actorRole,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    institutionId: input.institutionId ?? null,
    ip: context.ip,
    userAgent: context.userAgent?.slice(0, 300) ?? null,
    requestId: context.requestId,
    changedFields: [...(input.changedFields ?? [])].sort(),
    details: input.details ?? {},
  };
  const hash = hashEvent(event, head.hash);
  await tx.insert(auditEvents).values({ ...event, prevHash: head.hash, hash });
  await tx.update(auditChainHeads).set({ seq: event.seq, hash }).where(eq(auditChainHeads.chain, chain));
  return id;
}
