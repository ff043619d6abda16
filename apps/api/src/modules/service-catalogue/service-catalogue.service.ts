import type {
  CatalogueItem,
  CatalogueList,
  CatalogueListQuery,
  CreateCatalogueItemInput,
  UpdateCatalogueItemInput,
} from '@atensi/contracts';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { updateVersioned } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import { type CatalogueItemRow, serviceCatalogueItems } from './service-catalogue.table.js';

export function presentCatalogueItem(row: CatalogueItemRow): CatalogueItem {
  return {
    id: row.id,
    code: row.code,
    component: row.component,
    name: { id: row.nameId, en: row.nameEn },
    unit: row.unit,
    isActive: row.isActive,
    position: row.position,
    version: row.version,
  };
}

/** Catalogue items by id (inactive ones too: old records and plans still name them). */
export async function findCatalogueItems(db: Db, ids: readonly string[]): Promise<Map<string, CatalogueItemRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(serviceCatalogueItems)
    .where(inArray(serviceCatalogueItems.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The catalogue in the order of the seven components, then each component's own order. */
export async function listCatalogue(db: Db, actor: Actor, query: CatalogueListQuery): Promise<CatalogueList> {
  authorize(actor, 'catalogue:read');
  const conditions: SQL[] = [];
  if (query.component) conditions.push(eq(serviceCatalogueItems.component, query.component));
  if (query.includeInactive !== 'true') conditions.push(eq(serviceCatalogueItems.isActive, true));
  const rows = await db
    .select()
    .from(serviceCatalogueItems)
    .where(and(...conditions))
    .orderBy(
      asc(serviceCatalogueItems.component),
      asc(serviceCatalogueItems.position),
      asc(serviceCatalogueItems.code),
    );
  return { items: rows.map(presentCatalogueItem) };
}

export async function readCatalogueItem(db: Db, actor: Actor, id: string): Promise<CatalogueItem> {
  authorize(actor, 'catalogue:read');
  const [row] = await db.select().from(serviceCatalogueItems).where(eq(serviceCatalogueItems.id, id));
  if (!row) throw new AppError('not_found');
  return presentCatalogueItem(row);
}

/** Adds a sub-activity (Directorate); its code is unique and never changes. */
export async function createCatalogueItem(
  db: Db,
  caller: Caller,
  input: CreateCatalogueItemInput,
): Promise<CatalogueItem> {
  authorize(caller.actor, 'catalogue:manage');
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: serviceCatalogueItems.id })
      .from(serviceCatalogueItems)
      .where(eq(serviceCatalogueItems.code, input.code));
    if (taken) {
      throw new AppError('conflict', 'catalogue.code_taken', { code: input.code }, [
        { path: 'body.code', messageKey: 'catalogue.code_taken', params: { code: input.code } },
      ]);
    }
    const [row] = await tx
      .insert(serviceCatalogueItems)
      .values({
        id: uuidv7(),
        code: input.code,
        component: input.component,
        nameId: input.name.id,
        nameEn: input.name.en,
        unit: input.unit,
        position: input.position ?? 1000,
        updatedBy: caller.actor.id,
      })
      .returning();
    if (!row) throw new Error('catalogue insert returned nothing');
    await recordAudit(tx, caller.audit, {
      action: 'catalogue.create',
      entityType: 'catalogue_item',
      entityId: row.id,
      details: { code: row.code, component: row.component, unit: row.unit },
    });
    return presentCatalogueItem(row);
  });
}

/** Renames, re-orders or retires a sub-activity (If-Match). Records and plans keep pointing at it. */
export async function updateCatalogueItem(
  db: Db,
  caller: Caller,
  id: string,
  expected: number,
  input: UpdateCatalogueItemInput,
): Promise<CatalogueItem> {
  authorize(caller.actor, 'catalogue:manage');
  return db.transaction(async (tx) => {
    const row = await updateVersioned(tx, serviceCatalogueItems, eq(serviceCatalogueItems.id, id), expected, {
      ...(input.name ? { nameId: input.name.id, nameEn: input.name.en } : {}),
      ...(input.unit ? { unit: input.unit } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
      ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
      updatedAt: new Date(),
      updatedBy: caller.actor.id,
    });
    await recordAudit(tx, caller.audit, {
      action: 'catalogue.update',
      entityType: 'catalogue_item',
      entityId: id,
      changedFields: Object.keys(input).sort(),
    });
    return presentCatalogueItem(row);
  });
}
