import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { idempotencyKeys } from '../db/platform.table.js';
import { AppError } from './app-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request claimed an Idempotency-Key and its answer must be stored. */
    idempotencyClaim?: { scope: string; key: string };
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** A claim older than this whose request never finished (the process died) may be taken over by a retry. */
export const ABANDONED_CLAIM_MS = 60_000;
/** Stored answers are kept this long; a retry after that is a new request. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

/**
 * Idempotent creates: a POST with an `Idempotency-Key` header is claimed before the handler runs and its 2xx
 * answer stored after; a retry with the same key and the same request gets the stored answer (header
 * `Idempotent-Replayed: true`) and creates nothing new. The same key with a different request is `invalid`;
 * a retry while the first is still running is `conflict`. Keys are per caller (see ADR 0002).
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.config.storesSecrets) return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new AppError('invalid', 'idempotency.key_malformed', {}, undefined, 400);
    }
    const scope = scopeOf(request);
    const path = request.url.split('?')[0] ?? '';
    const requestHash = hashRequest(request.method, path, request.body);
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ scope, key, method: request.method, path, requestHash, state: 'pending' })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      request.idempotencyClaim = { scope, key };
      return;
    }
    const [existing] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!existing) throw new AppError('conflict', 'idempotency.in_progress');
    if (existing.requestHash !== requestHash) throw new AppError('invalid', 'idempotency.key_reused');
    if (existing.state === 'completed') {
      reply
        .code(existing.responseStatus ?? 200)
        .headers({ ...(existing.responseHeaders ?? {}), 'idempotent-replayed': 'true' })
        .send(existing.responseBody === null ? undefined : JSON.stringify(existing.responseBody));
      return reply;
    }
    const takenOver = await db
      .update(idempotencyKeys)
      .set({ createdAt: new Date() })
      .where(
        and(
          eq(idempotencyKeys.scope, scope),
          eq(idempotencyKeys.key, key),
          eq(idempotencyKeys.state, 'pending'),
          lt(idempotencyKeys.createdAt, new Date(Date.now() - ABANDONED_CLAIM_MS)),
        ),
      )
      .returning({ key: idempotencyKeys.key });
    if (takenOver.length === 0) throw new AppError('conflict', 'idempotency.in_progress');
    request.idempotencyClaim = { scope, key };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    const where = and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key));
    if (reply.statusCode >= 200 && reply.statusCode < 300) {
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      await db
        .update(idempotencyKeys)
        .set({
          state: 'completed',
          responseStatus: reply.statusCode,
          responseBody: typeof payload === 'string' && payload.length > 0 ? JSON.parse(payload) : null,
          responseHeaders: headers,
          completedAt: new Date(),
        })
        .where(where);
    } else {
      // Failed requests are not remembered: the caller may fix the problem and retry with the same key.
      await db.delete(idempotencyKeys).where(where);
    }
    return payload;
  });
}

/** Keys are per caller so that two callers cannot read each other's answers by guessing a key. */
function scopeOf(request: FastifyRequest): string {
  const actor = (request as FastifyRequest & { actor?: { id: string } }).actor;
  return actor ? `user:${actor.id}` : 'anonymous';
}

export function hashRequest(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${stableStringify(body ?? null)}`)
    .digest('hex');
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Forgets stored answers older than the retention period; run by the maintenance loop. */
export async function purgeIdempotencyKeys(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000);
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutoff))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
