import { ROLE_DEFINITIONS } from '@atensi/contracts';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { todayInJakarta } from './certification-status.js';
import { institutions, partnerships } from './institutions.table.js';

/**
 * Which institutions' records a caller reaches. Repositories take one as a required argument, so a query that
 * forgets to filter is a type error rather than a leak.
 */
export type Scope = { kind: 'national' } | { kind: 'institutions'; institutionIds: readonly string[] };

export const NATIONAL_SCOPE: Scope = { kind: 'national' };

/**
 * The scope of an actor, from their role's reach (`ROLE_DEFINITIONS`): national roles see every institution;
 * a Balai/Loka manager their unit, the institutions it supervises and those partnered with it today; everyone else
 * their own institution.
 */
export async function scopeOf(db: Db, actor: Actor, today: string = todayInJakarta()): Promise<Scope> {
  const reach = ROLE_DEFINITIONS[actor.role].reach;
  switch (reach) {
    case 'national':
      return NATIONAL_SCOPE;
    case 'institution':
      return { kind: 'institutions', institutionIds: actor.institutionId ? [actor.institutionId] : [] };
    case 'network': {
      if (!actor.institutionId) return { kind: 'institutions', institutionIds: [] };
      const own = actor.institutionId;
      const [supervised, partners] = await Promise.all([
        db
          .select({ id: institutions.id })
          .from(institutions)
          .where(or(eq(institutions.id, own), eq(institutions.parentId, own))),
        db
          .select({ id: partnerships.partnerId })
          .from(partnerships)
          .where(
            and(
              eq(partnerships.unitId, own),
              sql`${partnerships.validFrom} <= ${today} AND (${partnerships.validUntil} IS NULL OR ${partnerships.validUntil} >= ${today})`,
            ),
          ),
      ]);
      return { kind: 'institutions', institutionIds: [...new Set([...supervised, ...partners].map((row) => row.id))] };
    }
    default: {
      const unknown: never = reach;
      throw new Error(`unknown reach ${String(unknown)}`);
    }
  }
}

/**
 * Where an actor may change institution-owned records: national roles anywhere, everyone else at their own
 * institution only (a Balai manager sees the IPWL of their network but does not edit them).
 */
export function editScopeOf(actor: Actor): Scope {
  if (ROLE_DEFINITIONS[actor.role].reach === 'national') return NATIONAL_SCOPE;
  return { kind: 'institutions', institutionIds: actor.institutionId ? [actor.institutionId] : [] };
}

/** The SQL condition that keeps `column` (an institution id) within scope. */
export function withinScope(scope: Scope, column: AnyPgColumn): SQL {
  if (scope.kind === 'national') return sql`true`;
  if (scope.institutionIds.length === 0) return sql`false`;
  return inArray(column, [...scope.institutionIds]);
}

export function isWithinScope(scope: Scope, institutionId: string | null): boolean {
  if (scope.kind === 'national') return true;
  return institutionId !== null && scope.institutionIds.includes(institutionId);
}
