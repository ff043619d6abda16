import { chainFor, genesisHash, hashEvent } from '../../modules/audit/index.js';
import { uuidv7At } from '../ids.js';
import type { Sinks } from '../loader.js';
import { Random } from '../random.js';
import type { World } from '../world.js';
import type { AuditFact, TableGroup } from './group.js';

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
];

/**
 * The audit trail of everything that happened since the trail went live (ADR 0012): each group lists the events
 * the product would have written; here they are sorted by time within a block of people, put in the chain of
 * their actor (`chainFor`, as `recordAudit` does), numbered and hashed with the product's `hashEvent`, so
 * `atensi audit verify` walks them like events written one by one.
 */
export class AuditChains {
  private readonly heads = new Map<string, { seq: number; hash: string }>();
  private readonly random: Random;
  private readonly roles: Map<string, string>;
  events = 0;

  constructor(private readonly world: World) {
    this.random = new Random(world.seed, 'audit');
    this.roles = new Map(world.users.map((user) => [user.id, user.role]));
  }

  append(facts: AuditFact[], sinks: Sinks): void {
    const writer = sinks.table('audit_events');
    const from = this.world.auditedFromMs;
    const kept = facts.filter((fact) => fact.atMs >= from && fact.atMs <= this.world.todayMs);
    kept.sort((a, b) => a.atMs - b.atMs);
    for (const fact of kept) {
      const chain = chainFor(fact.actorId ?? 'system');
      const head = this.heads.get(chain) ?? { seq: 0, hash: genesisHash(chain) };
      const occurredAt = new Date(Math.round(fact.atMs));
      const event = {
        id: uuidv7At(occurredAt.getTime(), this.random),
        chain,
        seq: head.seq + 1,
        occurredAt,
        actorId: fact.actorId,
        actorRole: fact.actorId ? (this.roles.get(fact.actorId) ?? null) : 'system',
        action: fact.action,
        entityType: fact.entityType,
        entityId: fact.entityId,
        institutionId: fact.institutionId,
        ip: `10.${this.random.int(0, 255)}.${this.random.int(0, 255)}.${this.random.int(1, 254)}`,
        userAgent: this.random.pick(USER_AGENTS),
        requestId: uuidv7At(occurredAt.getTime(), this.random),
        changedFields: [...(fact.changedFields ?? [])].sort(),
        details: fact.details ?? {},
      };
      const hash = hashEvent(event, head.hash);
      writer.push([
        event.id,
        chain,
        event.seq,
        occurredAt,
        event.actorId,
        event.actorRole,
        event.action,
        event.entityType,
        event.entityId,
        event.institutionId,
        event.ip,
        event.userAgent,
        event.requestId,
        event.changedFields,
        event.details,
        head.hash,
        hash,
      ]);
      this.heads.set(chain, { seq: event.seq, hash });
      this.events += 1;
    }
  }

  /** The last event of every chain that got one: the head rows to set after the load. */
  finalHeads(): Map<string, { seq: number; hash: string }> {
    return this.heads;
  }
}

export const auditGroup: TableGroup = {
  name: 'audit',
  tables: [
    {
      name: 'audit_events',
      columns: [
        'id',
        'chain',
        'seq',
        'occurred_at',
        'actor_id',
        'actor_role',
        'action',
        'entity_type',
        'entity_id',
        'institution_id',
        'ip',
        'user_agent',
        'request_id',
        'changed_fields',
        'details',
        'prev_hash',
        'hash',
      ],
      // audit_events refuses TRUNCATE (migration 0003), so no COPY FREEZE here.
      freeze: false,
    },
  ],
};
