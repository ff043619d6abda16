import { and, asc, desc, eq, ilike, like, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/db/like.js';
import type { Scope } from '../institutions/index.js';
import { beneficiaryWithinScope } from './beneficiaries.scope.js';
import { type BeneficiaryRow, beneficiaries } from './beneficiaries.table.js';

export async function insertBeneficiary(
  db: Db,
  values: typeof beneficiaries.$inferInsert,
): Promise<BeneficiaryRow | undefined> {
  const [row] = await db.insert(beneficiaries).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findBeneficiary(db: Db, scope: Scope, id: string): Promise<BeneficiaryRow | undefined> {
  const [row] = await db
    .select()
    .from(beneficiaries)
    .where(and(eq(beneficiaries.id, id), beneficiaryWithinScope(scope)));
  return row;
}

/** The holder of a NIK (by its blind index), whatever the scope: for the duplicate check only. */
export async function findByNikHash(db: Db, nikHash: string): Promise<BeneficiaryRow | undefined> {
  const [row] = await db.select().from(beneficiaries).where(eq(beneficiaries.nikHash, nikHash));
  return row;
}

export async function searchBeneficiaries(
  db: Db,
  scope: Scope,
  filter: {
    nikHash?: string | undefined;
    q?: string | undefined;
    regionCode?: string | undefined;
    birthDate?: string | undefined;
  },
  limit: number,
): Promise<BeneficiaryRow[]> {
  const conditions: SQL[] = [beneficiaryWithinScope(scope)];
  if (filter.nikHash) conditions.push(eq(beneficiaries.nikHash, filter.nikHash));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q.toLowerCase())}%`;
    const match = or(
      ilike(beneficiaries.fullName, pattern),
      sql`EXISTS (SELECT 1 FROM unnest("beneficiaries"."aliases") alias WHERE lower(alias) LIKE ${pattern})`,
    );
    if (match) conditions.push(match);
  }
  if (filter.regionCode) conditions.push(like(beneficiaries.regionCode, `${escapeLike(filter.regionCode)}%`));
  if (filter.birthDate) conditions.push(eq(beneficiaries.birthDate, filter.birthDate));
  return db
    .select()
    .from(beneficiaries)
    .where(and(...conditions))
    .orderBy(asc(beneficiaries.fullName), asc(beneficiaries.id))
    .limit(limit);
}

/** People with a similar name (trigram similarity), the same birth date and the same regency, within scope. */
export async function findSimilar(
  db: Db,
  scope: Scope,
  person: { fullName: string; birthDate: string; regencyCode: string },
): Promise<(BeneficiaryRow & { similarity: number })[]> {
  const similarity = sql<number>`similarity(lower(${beneficiaries.fullName}), lower(${person.fullName}))`;
  const rows = await db
    .select({ row: beneficiaries, similarity })
    .from(beneficiaries)
    .where(
      and(
        beneficiaryWithinScope(scope),
        eq(beneficiaries.birthDate, person.birthDate),
        like(beneficiaries.regionCode, `${person.regencyCode}%`),
        sql`${similarity} >= 0.3`,
      ),
    )
    .orderBy(desc(similarity))
    .limit(10);
  return rows.map(({ row, similarity: score }) => ({ ...row, similarity: Number(score) }));
}
