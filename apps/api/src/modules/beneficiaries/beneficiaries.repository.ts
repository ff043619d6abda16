import { and, asc, count, desc, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/db/like.js';
import { ACTIVE_STATUSES, cases } from '../cases/index.js';
import { consents, disclosures } from '../consents/index.js';
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
  const conditions: SQL[] = [beneficiaryWithinScope(scope), isNull(beneficiaries.mergedIntoId)];
  if (filter.nikHash) conditions.push(eq(beneficiaries.nikHash, filter.nikHash));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q.toLowerCase())}%`;
    // Both arms are index scans (trigram indexes of migrations 0006 and 0040), combined by a BitmapOr.
    conditions.push(
      sql`(lower(${beneficiaries.fullName}) LIKE ${pattern} OR (${beneficiaries.aliases} <> '{}' AND beneficiary_aliases_text(${beneficiaries.aliases}) LIKE ${pattern}))`,
    );
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
        isNull(beneficiaries.mergedIntoId),
        eq(beneficiaries.birthDate, person.birthDate),
        like(beneficiaries.regionCode, `${person.regencyCode}%`),
        sql`${similarity} >= 0.3`,
      ),
    )
    .orderBy(desc(similarity))
    .limit(10);
  return rows.map(({ row, similarity: score }) => ({ ...row, similarity: Number(score) }));
}

export async function lockBeneficiaries(db: Db, ids: string[]): Promise<void> {
  await db.select({ id: beneficiaries.id }).from(beneficiaries).where(inArray(beneficiaries.id, ids)).for('update');
}

/** Running cases of several people (a merge allows at most one). */
export async function countActiveCases(db: Db, beneficiaryIds: string[]): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(cases)
    .where(and(inArray(cases.beneficiaryId, beneficiaryIds), inArray(cases.status, [...ACTIVE_STATUSES])));
  return row?.total ?? 0;
}

export async function markMerged(
  db: Db,
  id: string,
  into: string,
  release: { clearNik: boolean; clearKk: boolean; sealedReason: string | null },
): Promise<void> {
  // The NIK moves to the kept record; the unique index wants it off the duplicate first.
  await db
    .update(beneficiaries)
    .set({
      mergedIntoId: into,
      mergedAt: new Date(),
      // A record keeps a NIK or a reason for having none (a CHECK): the reason says where the NIK went.
      ...(release.clearNik ? { nikHash: null, nikCipher: null, noNikReasonCipher: release.sealedReason } : {}),
      ...(release.clearKk ? { kkHash: null, kkCipher: null } : {}),
      updatedAt: new Date(),
      version: sql`${beneficiaries.version} + 1`,
    })
    .where(eq(beneficiaries.id, id));
}

export async function updateKept(
  db: Db,
  id: string,
  values: Partial<typeof beneficiaries.$inferInsert>,
): Promise<BeneficiaryRow> {
  const [row] = await db
    .update(beneficiaries)
    .set({ ...values, updatedAt: new Date(), version: sql`${beneficiaries.version} + 1` })
    .where(eq(beneficiaries.id, id))
    .returning();
  if (!row) throw new Error(`beneficiary ${id} vanished during a merge`);
  return row;
}

/** Moves a person's cases, consents and disclosures to another record; returns how many of each moved. */
export async function moveRecords(
  db: Db,
  from: string,
  to: string,
): Promise<{ cases: number; consents: number; disclosures: number }> {
  const movedCases = await db
    .update(cases)
    .set({ beneficiaryId: to })
    .where(eq(cases.beneficiaryId, from))
    .returning({ id: cases.id });
  const movedConsents = await db
    .update(consents)
    .set({ beneficiaryId: to })
    .where(eq(consents.beneficiaryId, from))
    .returning({ id: consents.id });
  const movedDisclosures = await db
    .update(disclosures)
    .set({ beneficiaryId: to })
    .where(eq(disclosures.beneficiaryId, from))
    .returning({ id: disclosures.id });
  return { cases: movedCases.length, consents: movedConsents.length, disclosures: movedDisclosures.length };
}
