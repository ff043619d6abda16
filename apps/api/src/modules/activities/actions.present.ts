import type { ActivityAction } from '@atensi/contracts';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { findInstitutionsByIds } from '../institutions/index.js';
import { type ActionRow, activities } from './activities.table.js';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Past due: still open or in progress after its due day (days counted in Jakarta). */
export function overdueDays(row: Pick<ActionRow, 'status' | 'dueOn'>, today: string): number {
  if (row.status !== 'open' && row.status !== 'in_progress') return 0;
  return Math.max(0, daysBetween(row.dueOn, today));
}

export async function presentActions(db: Db, rows: ActionRow[], today: string): Promise<ActivityAction[]> {
  if (rows.length === 0) return [];
  const [owners, parents] = await Promise.all([
    findInstitutionsByIds(db, [
      ...new Set(rows.flatMap((row) => (row.ownerInstitutionId ? [row.ownerInstitutionId] : []))),
    ]),
    db
      .select({ id: activities.id, kind: activities.kind, title: activities.title })
      .from(activities)
      .where(inArray(activities.id, [...new Set(rows.map((row) => row.activityId))])),
  ]);
  const ownerName = new Map(owners.map((owner) => [owner.id, owner.name]));
  const parentOf = new Map(parents.map((parent) => [parent.id, parent]));
  return rows.map((row) => {
    const days = overdueDays(row, today);
    const parent = parentOf.get(row.activityId);
    return {
      id: row.id,
      activityId: row.activityId,
      activityKind: parent?.kind ?? 'rakor_teknis',
      activityTitle: parent?.title ?? '',
      findingId: row.findingId,
      description: row.description,
      ownerInstitutionId: row.ownerInstitutionId,
      ownerInstitutionName: row.ownerInstitutionId ? (ownerName.get(row.ownerInstitutionId) ?? null) : null,
      ownerName: row.ownerName,
      dueOn: row.dueOn,
      status: row.status,
      doneOn: row.doneOn,
      progressNote: row.progressNote,
      isOverdue: days > 0,
      daysOverdue: days,
      version: row.version,
    };
  });
}
