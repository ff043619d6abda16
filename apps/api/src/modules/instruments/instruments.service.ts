import { createHash } from 'node:crypto';
import {
  ASESMEN_LANJUT_V1,
  ASSIST_V3,
  type AssessmentDefinition,
  type AssistDefinition,
  type InstrumentCode,
  type InstrumentDefinition,
  type InstrumentList,
  type InstrumentVersion,
} from '@atensi/contracts';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { type InstrumentVersionRow, instrumentVersions } from './instruments.table.js';

/** The definitions in force in this process: new screenings and assessments are made and scored with them. */
export type InstrumentSet = { 'assist-3.0': AssistDefinition; 'asesmen-lanjut-1': AssessmentDefinition };

export const CURRENT_INSTRUMENTS: InstrumentSet = { 'assist-3.0': ASSIST_V3, 'asesmen-lanjut-1': ASESMEN_LANJUT_V1 };

export type Published<D extends InstrumentDefinition> = { id: string; revision: number; definition: D };

export function checksumOf(definition: InstrumentDefinition): string {
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex');
}

// What each database has published, so that a screening does not look its instrument up every time.
const publishedIn = new WeakMap<Db, Map<string, Published<InstrumentDefinition>>>();

/**
 * The stored revision of a definition, published as the next revision the first time it is seen. Publication takes a
 * transaction-scoped advisory lock, so that API processes starting together with a new definition number it once.
 * (Screenings made before revisions existed keep `scoring_version` 1: revision 1 is their definition, unchanged.)
 */
export async function publishedRevision<C extends InstrumentCode>(
  db: Db,
  instrument: C,
  definition: InstrumentSet[C],
): Promise<Published<InstrumentSet[C]>> {
  const checksum = checksumOf(definition);
  const key = `${instrument}:${checksum}`;
  const cache = publishedIn.get(db) ?? new Map<string, Published<InstrumentDefinition>>();
  publishedIn.set(db, cache);
  const cached = cache.get(key);
  if (cached) return cached as Published<InstrumentSet[C]>;
  const found = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: instrumentVersions.id, revision: instrumentVersions.revision })
      .from(instrumentVersions)
      .where(and(eq(instrumentVersions.instrument, instrument), eq(instrumentVersions.checksum, checksum)));
    if (existing) return existing;
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`instruments:${instrument}`}))`);
    const [again] = await tx
      .select({ id: instrumentVersions.id, revision: instrumentVersions.revision })
      .from(instrumentVersions)
      .where(and(eq(instrumentVersions.instrument, instrument), eq(instrumentVersions.checksum, checksum)));
    if (again) return again;
    const [latest] = await tx
      .select({ revision: instrumentVersions.revision })
      .from(instrumentVersions)
      .where(eq(instrumentVersions.instrument, instrument))
      .orderBy(desc(instrumentVersions.revision))
      .limit(1);
    const revision = (latest?.revision ?? 0) + 1;
    const id = uuidv7();
    await tx.insert(instrumentVersions).values({ id, instrument, revision, checksum, definition });
    return { id, revision };
  });
  const published = { ...found, definition };
  cache.set(key, published);
  return published;
}

/** The revision a stored screening or assessment was made with. */
export async function findRevisionById(db: Db, id: string): Promise<InstrumentVersionRow | undefined> {
  const [row] = await db.select().from(instrumentVersions).where(eq(instrumentVersions.id, id));
  return row;
}

function present(row: InstrumentVersionRow): InstrumentVersion {
  return {
    instrument: row.instrument,
    revision: row.revision,
    checksum: row.checksum,
    publishedAt: row.publishedAt.toISOString(),
    definition: row.definition,
  };
}

/** Every instrument with its revisions, the definitions in force published first. */
export async function listInstruments(db: Db, current: InstrumentSet): Promise<InstrumentList> {
  for (const instrument of Object.keys(current) as InstrumentCode[]) {
    await publishedRevision(db, instrument, current[instrument]);
  }
  const rows = await db
    .select()
    .from(instrumentVersions)
    .orderBy(asc(instrumentVersions.instrument), asc(instrumentVersions.revision));
  return {
    items: (Object.keys(current) as InstrumentCode[]).map((instrument) => ({
      instrument,
      title: current[instrument].title,
      revisions: rows
        .filter((row) => row.instrument === instrument)
        .map((row) => ({ revision: row.revision, checksum: row.checksum, publishedAt: row.publishedAt.toISOString() })),
    })),
  };
}

/** The definition in force of an instrument, as stored (its revision number included). */
export async function getCurrentInstrument(
  db: Db,
  current: InstrumentSet,
  instrument: InstrumentCode,
): Promise<InstrumentVersion> {
  const published = await publishedRevision(db, instrument, current[instrument]);
  const row = await findRevisionById(db, published.id);
  if (!row) throw new AppError('not_found');
  return present(row);
}

/** One past or present revision of an instrument: what an old screening was scored with. */
export async function getInstrumentRevision(
  db: Db,
  instrument: InstrumentCode,
  revision: number,
): Promise<InstrumentVersion> {
  const [row] = await db
    .select()
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.instrument, instrument), eq(instrumentVersions.revision, revision)));
  if (!row) throw new AppError('not_found', 'instrument.revision_not_found', { instrument, revision });
  return present(row);
}
