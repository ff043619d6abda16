import { can, type Plan, plannedOccurrences, planWarnings } from '@atensi/contracts';
import { inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Db } from '../../platform/db/database.js';
import type { CaseRow } from '../cases/index.js';
import { editScopeOf, isWithinScope } from '../institutions/index.js';
import { findCatalogueItems } from '../service-catalogue/index.js';
import { users } from '../users/index.js';
import { staff } from '../workforce/index.js';
import { OPEN_PLAN_STATUSES, type PlanViewer, planActions } from './plan-rules.js';
import { findEvents, findGoals, findServices } from './plans.repository.js';
import type { PlanRow } from './plans.table.js';

/** Sealed columns; the name doubles as the cipher's associated data (ADR 0007). */
export const PLAN_FIELD = {
  familyInvolvement: 'intervention_plans.family_involvement',
  goalText: 'plan_goals.text',
  comment: 'plan_events.comment',
} as const;

export type GoalText = { description: string; target: string };

export function sealGoalText(cipher: FieldCipher, text: GoalText): string {
  return cipher.seal(PLAN_FIELD.goalText, JSON.stringify(text)) ?? '';
}

export function openGoalText(cipher: FieldCipher, sealed: string): GoalText {
  const opened = cipher.open(PLAN_FIELD.goalText, sealed);
  return opened ? (JSON.parse(opened) as GoalText) : { description: '', target: '' };
}

/** What the actor may do with the plans of a case: write at its institution, approve there. */
export function viewerOf(actor: Actor, found: CaseRow): PlanViewer {
  return {
    id: actor.id,
    canWrite: can(actor.role, 'beneficiaries:write') && isWithinScope(editScopeOf(actor), found.institutionId),
    canApprove: can(actor.role, 'plans:approve') && actor.institutionId === found.institutionId,
  };
}

async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The revisions of one case as the actor sees them (sealed texts opened: call after the read is audited). */
export async function presentPlans(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  found: CaseRow,
  rows: PlanRow[],
  siblings: PlanRow[] = rows,
): Promise<Plan[]> {
  const ids = rows.map((row) => row.id);
  const [goals, services, events] = await Promise.all([findGoals(db, ids), findServices(db, ids), findEvents(db, ids)]);
  const staffIds = [...new Set(services.map((row) => row.responsibleStaffId).filter((id): id is string => !!id))];
  const [items, staffRows, names] = await Promise.all([
    findCatalogueItems(
      db,
      services.map((row) => row.catalogueItemId),
    ),
    staffIds.length === 0
      ? Promise.resolve([])
      : db.select({ id: staff.id, name: staff.fullName }).from(staff).where(inArray(staff.id, staffIds)),
    namesOf(db, [...rows.flatMap((row) => [row.createdBy, row.decidedBy]), ...events.map((event) => event.actorId)]),
  ]);
  const staffNames = new Map(staffRows.map((row) => [row.id, row.name]));
  const viewer = viewerOf(actor, found);
  return rows.map((row) => {
    const hasOpenRevision = siblings.some((other) => other.id !== row.id && OPEN_PLAN_STATUSES.includes(other.status));
    const plan = { startOn: row.startOn, plannedEndOn: row.plannedEndOn };
    return {
      id: row.id,
      caseId: row.caseId,
      institutionId: row.institutionId,
      revision: row.revision,
      status: row.status,
      requiresApproval: row.requiresApproval,
      setting: row.setting,
      startOn: row.startOn,
      plannedEndOn: row.plannedEndOn,
      warnings: planWarnings({ setting: row.setting, ...plan }),
      goals: goals
        .filter((goal) => goal.planId === row.id)
        .map((goal) => {
          const text = openGoalText(cipher, goal.textCipher);
          return {
            id: goal.id,
            key: goal.key,
            component: goal.component,
            description: text.description,
            target: text.target,
            targetDate: goal.targetDate,
            progress: goal.progress,
            progressOn: goal.progressOn,
          };
        }),
      services: services
        .filter((service) => service.planId === row.id)
        .flatMap((service) => {
          const item = items.get(service.catalogueItemId);
          if (!item) return [];
          const frequency = { count: service.frequencyCount, period: service.frequencyPeriod };
          return [
            {
              id: service.id,
              goalId: service.goalId,
              catalogueItemId: item.id,
              catalogueItemCode: item.code,
              catalogueItemName: { id: item.nameId, en: item.nameEn },
              component: item.component,
              unit: item.unit,
              frequency,
              quantity: service.quantity,
              responsibleStaffId: service.responsibleStaffId,
              responsibleStaffName: service.responsibleStaffId
                ? (staffNames.get(service.responsibleStaffId) ?? null)
                : null,
              plannedOccurrences: plannedOccurrences(frequency, plan),
            },
          ];
        }),
      familyInvolvement: cipher.open(PLAN_FIELD.familyInvolvement, row.familyInvolvementCipher),
      createdBy: row.createdBy,
      createdByName: names.get(row.createdBy) ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      decidedBy: row.decidedBy,
      decidedByName: row.decidedBy ? (names.get(row.decidedBy) ?? null) : null,
      activatedAt: row.activatedAt?.toISOString() ?? null,
      events: events
        .filter((event) => event.planId === row.id)
        .map((event) => ({
          id: event.id,
          action: event.action,
          comment: cipher.open(PLAN_FIELD.comment, event.commentCipher),
          actorId: event.actorId,
          actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
          at: event.occurredAt.toISOString(),
        })),
      allowedActions: planActions(
        {
          status: row.status,
          createdBy: row.createdBy,
          submittedBy: row.submittedBy,
          caseStatus: found.status,
          hasOpenRevision,
        },
        viewer,
      ),
      version: row.version,
    };
  });
}
