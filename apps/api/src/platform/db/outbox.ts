import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './database.js';
import { outboxEvents } from './platform.table.js';

/**
 * The outbox: a use case writes its side effects (notify, sync to another system) as rows in its own
 * transaction; the relay carries them out after commit. Nothing is sent for a rolled-back change, and nothing
 * is lost if the process stops between the commit and the sending.
 */
export type OutboxHandler = (payload: unknown) => Promise<void>;
export type OutboxHandlers = Record<string, OutboxHandler>;

export const MAX_OUTBOX_ATTEMPTS = 10;

/** Enqueues a side effect; call it with the use case's transaction. */
export async function enqueueOutbox(tx: Db, topic: string, payload: unknown): Promise<void> {
  await tx.insert(outboxEvents).values({ id: sql`uuid_generate_v7()` as unknown as string, topic, payload });
}

/** How long a relay may take over an event it claimed before another relay may claim it again. */
export const OUTBOX_LEASE_MS = 60_000;

/**
 * Carries out up to `batchSize` due events. They are claimed in a short transaction (FOR UPDATE SKIP LOCKED, then
 * leased for OUTBOX_LEASE_MS), so several API processes never do an event twice, and handlers run outside any
 * transaction: a slow peer holds no lock and, on PGlite, does not hold up every other query. A failure is retried
 * with exponential backoff (2^attempts seconds, at most an hour); after MAX_OUTBOX_ATTEMPTS the event is marked
 * failed for an operator. Only topics this process has a handler for are claimed: during a rolling deploy an
 * older process leaves a newer topic to the processes that know it.
 */
export async function relayOutbox(
  db: Db,
  handlers: OutboxHandlers,
  log?: FastifyBaseLogger,
  batchSize = 20,
): Promise<{ processed: number; failed: number }> {
  const topics = Object.keys(handlers);
  if (topics.length === 0) return { processed: 0, failed: 0 };
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outboxEvents)
      .where(
        and(
          inArray(outboxEvents.topic, topics),
          isNull(outboxEvents.processedAt),
          isNull(outboxEvents.failedAt),
          lte(outboxEvents.availableAt, sql`now()`),
        ),
      )
      .orderBy(asc(outboxEvents.availableAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(outboxEvents)
        .set({ availableAt: new Date(Date.now() + OUTBOX_LEASE_MS) })
        .where(
          inArray(
            outboxEvents.id,
            due.map((event) => event.id),
          ),
        );
    }
    return due;
  });
  let processed = 0;
  let failed = 0;
  for (const event of claimed) {
    try {
      await handlers[event.topic]?.(event.payload);
      await db.update(outboxEvents).set({ processedAt: new Date() }).where(eq(outboxEvents.id, event.id));
      processed++;
    } catch (error) {
      failed++;
      const attempts = event.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      log?.warn({ outboxEventId: event.id, topic: event.topic, attempts }, 'outbox event failed');
      await db
        .update(outboxEvents)
        .set({
          attempts,
          lastError: message.slice(0, 500),
          availableAt: new Date(Date.now() + Math.min(2 ** attempts, 3600) * 1000),
          ...(attempts >= MAX_OUTBOX_ATTEMPTS ? { failedAt: new Date() } : {}),
        })
        .where(eq(outboxEvents.id, event.id));
    }
  }
  return { processed, failed };
}
