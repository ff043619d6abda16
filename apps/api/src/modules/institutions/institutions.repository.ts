import type { InstitutionListQuery } from '@atensi/contracts';
import { and, asc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { type Scope, withinScope } from './institutions.scope.js';
import { type InstitutionRow, institutions } from './institutions.table.js';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (match) => `\\${match}`);
}

export async function findInstitutions(db: Db, scope: Scope, query: InstitutionListQuery): Promise<InstitutionRow[]> {
  const conditions: SQL[] = [withinScope(scope, institutions.id)];
  if (query.type) conditions.push(eq(institutions.type, query.type));
  if (query.q) conditions.push(ilike(institutions.name, `%${escapeLike(query.q)}%`));
  return db
    .select()
    .from(institutions)
    .where(and(...conditions))
    .orderBy(asc(institutions.type), asc(institutions.name))
    .limit(2000);
}

export async function findInstitution(db: Db, scope: Scope, id: string): Promise<InstitutionRow | undefined> {
  const [row] = await db
    .select()
    .from(institutions)
    .where(and(withinScope(scope, institutions.id), eq(institutions.id, id)));
  return row;
}

/** Unscoped lookups for administration and the command line, where the caller is already authorised. */
export async function findInstitutionsByIds(db: Db, ids: string[]): Promise<InstitutionRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(institutions).where(inArray(institutions.id, ids));
}

export async function findInstitutionByCode(db: Db, code: string): Promise<InstitutionRow | undefined> {
  const [row] = await db.select().from(institutions).where(eq(institutions.code, code));
  return row;
}
