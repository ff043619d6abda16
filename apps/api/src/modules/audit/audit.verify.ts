import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { auditAnchors, auditChainHeads, auditEvents } from './audit.table.js';
import { ANCHOR_GENESIS, genesisHash, hashAnchor, hashEvent } from './audit-chain.js';

export type AuditProblem = { chain: string; seq: number; eventId: string | null; problem: string };
export type AuditVerification = {
  ok: boolean;
  chains: number;
  events: number;
  anchors: number;
  /** The first broken link of each broken chain, and any broken anchor. */
  problems: AuditProblem[];
};

const BATCH = 5000;

/**
 * Walks every chain from its genesis: each event must follow its predecessor (seq + 1), name its predecessor's
 * hash, and hash to what it says; the chain must end where its head row and every anchor say it does. A changed
 * field, a deleted row and two swapped rows all break a link, and the first broken link of each chain is reported.
 */
export async function verifyAuditTrail(db: Db): Promise<AuditVerification> {
  const heads = await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chain));
  const problems: AuditProblem[] = [];
  const hashesAt = new Map<string, Map<number, string>>();
  let events = 0;

  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = genesisHash(head.chain);
    let broken = false;
    const seen = new Map<number, string>();
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.chain, head.chain), gt(auditEvents.seq, expectedSeq - 1)))
        .orderBy(asc(auditEvents.seq))
        .limit(BATCH);
      for (const row of rows) {
        events++;
        seen.set(row.seq, row.hash);
        if (broken) continue;
        const problem =
          row.seq !== expectedSeq
            ? `event ${expectedSeq} is missing (found ${row.seq} next)`
            : row.prevHash !== prevHash
              ? 'does not follow the event before it (removed, reordered or replaced)'
              : hashEvent(
                    {
                      id: row.id,
                      chain: row.chain,
                      seq: row.seq,
                      occurredAt: row.occurredAt,
                      actorId: row.actorId,
                      actorRole: row.actorRole,
                      action: row.action,
                      entityType: row.entityType,
                      entityId: row.entityId,
                      institutionId: row.institutionId,
                      ip: row.ip,
                      userAgent: row.userAgent,
                      requestId: row.requestId,
                      changedFields: row.changedFields,
                      details: row.details,
                    },
                    row.prevHash,
                  ) !== row.hash
                ? 'its content was changed after it was written'
                : undefined;
        if (problem) {
          problems.push({ chain: head.chain, seq: row.seq, eventId: row.id, problem });
          broken = true;
          continue;
        }
        prevHash = row.hash;
        expectedSeq = row.seq + 1;
      }
      if (rows.length < BATCH) break;
      expectedSeq = (rows[rows.length - 1]?.seq ?? expectedSeq) + 1;
    }
    hashesAt.set(head.chain, seen);
    if (!broken) {
      if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
        problems.push({
          chain: head.chain,
          seq: expectedSeq,
          eventId: null,
          problem: `the chain ends at event ${expectedSeq - 1} but its head says ${head.seq}: events were removed from its end`,
        });
      }
    }
  }

  const anchors = await db.select().from(auditAnchors).orderBy(asc(auditAnchors.id));
  let prevAnchor = ANCHOR_GENESIS;
  for (const anchor of anchors) {
    if (anchor.prevHash !== prevAnchor || hashAnchor(anchor.heads, anchor.createdAt, anchor.prevHash) !== anchor.hash) {
      problems.push({ chain: 'anchors', seq: anchor.id, eventId: null, problem: 'the anchor was changed or removed' });
      break;
    }
    prevAnchor = anchor.hash;
    for (const [chain, mark] of Object.entries(anchor.heads)) {
      if (mark.seq > 0 && hashesAt.get(chain)?.get(mark.seq) !== mark.hash) {
        problems.push({
          chain,
          seq: mark.seq,
          eventId: null,
          problem: `anchor ${anchor.id} saw event ${mark.seq} with another hash, or it is gone`,
        });
      }
    }
  }
  return { ok: problems.length === 0, chains: heads.length, events, anchors: anchors.length, problems };
}

/** Records every chain's head in a new anchor, itself chained to the anchor before it. */
export async function anchorAuditTrail(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const heads = await tx.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chain)).for('update');
    const [latest] = await tx.select().from(auditAnchors).orderBy(desc(auditAnchors.id)).limit(1);
    const marks = Object.fromEntries(heads.map((head) => [head.chain, { seq: head.seq, hash: head.hash }]));
    const createdAt = new Date();
    const prevHash = latest?.hash ?? ANCHOR_GENESIS;
    const [row] = await tx
      .insert(auditAnchors)
      .values({ createdAt, heads: marks, prevHash, hash: hashAnchor(marks, createdAt, prevHash) })
      .returning({ id: auditAnchors.id });
    return row?.id ?? 0;
  });
}
