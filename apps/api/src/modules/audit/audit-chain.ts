import { createHash } from 'node:crypto';
import { stableStringify } from '../../platform/http/idempotency.js';

/**
 * The pure rules of the audit hash chain. An event's hash covers every field of the event and the hash of its
 * predecessor in the same chain, so changing, removing or reordering any event breaks every link after it.
 */
export const AUDIT_CHAIN_COUNT = 16;
export const ANCHOR_GENESIS = sha256('atensi-audit-anchor-genesis');

export type AuditContent = {
  id: string;
  chain: string;
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  institutionId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  changedFields: string[];
  details: Record<string, unknown>;
};

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function genesisHash(chain: string): string {
  return sha256(`atensi-audit-genesis:${chain}`);
}

/** `p00` to `p15`, picked from a stable key (the actor), so one person's events read in order in one chain. */
export function chainFor(partitionKey: string): string {
  let hash = 2_166_136_261; // FNV-1a
  for (let i = 0; i < partitionKey.length; i++) {
    hash ^= partitionKey.charCodeAt(i);
    hash = Math.imul(hash, 16_777_619) >>> 0;
  }
  return `p${String(hash % AUDIT_CHAIN_COUNT).padStart(2, '0')}`;
}

export function hashEvent(event: AuditContent, prevHash: string): string {
  return sha256(`${prevHash}\n${stableStringify({ ...event, occurredAt: event.occurredAt.toISOString() })}`);
}

export function hashAnchor(heads: Record<string, { seq: number; hash: string }>, createdAt: Date, prevHash: string) {
  return sha256(`${prevHash}\n${stableStringify({ heads, createdAt: createdAt.toISOString() })}`);
}
