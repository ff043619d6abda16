import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Sinks, TableSpec } from '../loader.js';
import type { PersonStory } from '../story.js';
import type { World } from '../world.js';

/** One audit event the product would have written, as the audit group needs it to chain and hash it. */
export type AuditFact = {
  atMs: number;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  institutionId: string | null;
  changedFields?: string[];
  details?: Record<string, unknown>;
};

export type GroupContext = { world: World; cipher: FieldCipher; passwordHash: string };

/**
 * A generator for one group of tables (ADR 0012). `reference` writes what exists once (institutions, staff);
 * `person` writes the rows one person's story implies; `audit` lists the audit events the product would have
 * written for them; `finish` writes what is known only at the end (counters). A new feature adds its tables
 * by adding one group to GROUPS (generate.ts) that reads the same stories.
 */
export type TableGroup = {
  name: string;
  tables: TableSpec[];
  reference?(context: GroupContext, sinks: Sinks): void;
  person?(context: GroupContext, story: PersonStory, sinks: Sinks): void;
  audit?(context: GroupContext, story: PersonStory, facts: AuditFact[]): void;
  finish?(context: GroupContext, sinks: Sinks): void;
};

export const ms = (value: number) => new Date(Math.round(value));
