import type { Checklist, CreateChecklistInput } from '@atensi/contracts';
import { asc, count, desc, inArray, max } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { uuidv7 } from '../../platform/db/uuid.js';
import { AppError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/index.js';
import type { ActivitiesContext } from './activities.context.js';
import { supervisionChecklistItems, supervisionChecklists, supervisionVisits } from './activities.table.js';

type ChecklistRow = typeof supervisionChecklists.$inferSelect;

async function present(db: Db, rows: ChecklistRow[]): Promise<Checklist[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [items, uses, [latest]] = await Promise.all([
    db
      .select()
      .from(supervisionChecklistItems)
      .where(inArray(supervisionChecklistItems.checklistId, ids))
      .orderBy(asc(supervisionChecklistItems.position)),
    db
      .select({ checklistId: supervisionVisits.checklistId, n: count() })
      .from(supervisionVisits)
      .where(inArray(supervisionVisits.checklistId, ids))
      .groupBy(supervisionVisits.checklistId),
    db.select({ version: max(supervisionChecklists.version) }).from(supervisionChecklists),
  ]);
  const used = new Map(uses.map((use) => [use.checklistId, Number(use.n)]));
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    isCurrent: row.version === latest?.version,
    createdAt: row.createdAt.toISOString(),
    items: items
      .filter((item) => item.checklistId === row.id)
      .map((item) => ({ id: item.id, area: item.area, position: item.position, text: item.text, weight: item.weight })),
    visits: used.get(row.id) ?? 0,
  }));
}

/** Every version of the checklist, newest first; a visit keeps the version it was scored with. */
export async function listChecklists(context: ActivitiesContext, actor: Actor): Promise<{ items: Checklist[] }> {
  authorize(actor, 'activities:read');
  const rows = await context.db.select().from(supervisionChecklists).orderBy(desc(supervisionChecklists.version));
  return { items: await present(context.db, rows) };
}

/** The version new visits are scored with: the latest. */
export async function currentChecklistRow(db: Db): Promise<ChecklistRow | undefined> {
  const [row] = await db.select().from(supervisionChecklists).orderBy(desc(supervisionChecklists.version)).limit(1);
  return row;
}

export async function getCurrentChecklist(context: ActivitiesContext, actor: Actor): Promise<Checklist> {
  authorize(actor, 'activities:read');
  const row = await currentChecklistRow(context.db);
  if (!row) throw new AppError('not_found', 'supervision.no_checklist');
  const [presented] = await present(context.db, [row]);
  if (!presented) throw new Error('present lost a row');
  return presented;
}

/**
 * Publishes a new version of the checklist (the Directorate edits by publishing: earlier versions and the visits
 * scored with them never change). The version number is taken under a lock on the latest row.
 */
export async function createChecklist(
  context: ActivitiesContext,
  caller: Caller,
  input: CreateChecklistInput,
): Promise<Checklist> {
  authorize(caller.actor, 'supervision:checklist');
  const row = await context.db.transaction(async (tx) => {
    const [latest] = await tx
      .select({ version: supervisionChecklists.version })
      .from(supervisionChecklists)
      .orderBy(desc(supervisionChecklists.version))
      .limit(1)
      .for('update');
    const id = uuidv7();
    const [created] = await tx
      .insert(supervisionChecklists)
      .values({ id, version: (latest?.version ?? 0) + 1, title: input.title, createdBy: caller.actor.id })
      .returning();
    if (!created) throw new Error('checklist insert returned nothing');
    await tx.insert(supervisionChecklistItems).values(
      input.items.map((item, position) => ({
        id: uuidv7(),
        checklistId: id,
        area: item.area,
        position,
        text: item.text,
        weight: item.weight,
      })),
    );
    await recordAudit(tx, caller.audit, {
      action: 'supervision.checklist_publish',
      entityType: 'supervision_checklist',
      entityId: id,
      details: { version: created.version, items: input.items.length },
    });
    return created;
  });
  const [presented] = await present(context.db, [row]);
  if (!presented) throw new Error('present lost a row');
  return presented;
}
