import type { CaseProgress } from '@atensi/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { AppError } from '../../platform/http/app-error.js';
import { type AuditContext, recordAudit } from '../audit/index.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { cases, caseWithinScope } from '../cases/index.js';
import { scopeOf, todayInJakarta } from '../institutions/index.js';
import { findGoals, findServices, interventionPlans, openGoalText } from '../plans/index.js';
import { findCatalogueItems } from '../service-catalogue/index.js';
import { findVocationalOutcomes } from '../vocational/index.js';
import { progressOf } from './progress-rules.js';
import { findStaysOfCase, presentStay } from './residential-stays.service.js';
import { serviceRecords } from './service-delivery.table.js';

const ref = (item: {
  id: string;
  code: string;
  component: CaseProgress['components'][number]['component'];
  nameId: string;
  nameEn: string;
  unit: 'session' | 'item' | 'amount';
}) => ({
  id: item.id,
  code: item.code,
  component: item.component,
  name: { id: item.nameId, en: item.nameEn },
  unit: item.unit,
});

/**
 * A case's progress (audited): the active plan (or, before one is active, the latest revision) against the
 * services delivered since it started, per component and per planned service; goal progress; residential stays.
 */
export async function readCaseProgress(
  context: ClientDataContext,
  actor: Actor,
  caseId: string,
  audit: AuditContext,
): Promise<CaseProgress> {
  authorize(actor, 'beneficiaries:read');
  const today = todayInJakarta(context.registry.clock());
  const scope = await scopeOf(context.db, actor, today);
  return context.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), caseWithinScope(scope)));
    if (!found) throw new AppError('not_found');
    await recordAudit(tx, audit, {
      action: 'progress.read',
      entityType: 'case',
      entityId: caseId,
      institutionId: found.institutionId,
    });
    const [plan] = found.activePlanId
      ? await tx.select().from(interventionPlans).where(eq(interventionPlans.id, found.activePlanId))
      : await tx
          .select()
          .from(interventionPlans)
          .where(eq(interventionPlans.caseId, caseId))
          .orderBy(desc(interventionPlans.revision))
          .limit(1);
    const [planned, goals, records, stays, outcomes] = await Promise.all([
      plan ? findServices(tx, [plan.id]) : Promise.resolve([]),
      plan ? findGoals(tx, [plan.id]) : Promise.resolve([]),
      tx
        .select({
          catalogueItemId: serviceRecords.catalogueItemId,
          component: serviceRecords.component,
          attended: serviceRecords.attended,
          quantity: serviceRecords.quantity,
          heldOn: serviceRecords.heldOn,
        })
        .from(serviceRecords)
        .where(eq(serviceRecords.caseId, caseId)),
      findStaysOfCase(tx, caseId),
      findVocationalOutcomes(tx, context.cipher, [caseId]),
    ]);
    const items = await findCatalogueItems(tx, [
      ...planned.map((line) => line.catalogueItemId),
      ...records.map((record) => record.catalogueItemId),
    ]);
    const lines = planned.flatMap((line) => {
      const item = items.get(line.catalogueItemId);
      return item
        ? [
            {
              id: line.id,
              catalogueItemId: line.catalogueItemId,
              component: item.component,
              frequency: { count: line.frequencyCount, period: line.frequencyPeriod },
              quantity: line.quantity,
            },
          ]
        : [];
    });
    const figures = plan
      ? progressOf({ startOn: plan.startOn, plannedEndOn: plan.plannedEndOn }, lines, records, today)
      : progressOf({ startOn: '0001-01-01', plannedEndOn: '0001-01-02' }, [], records, today);
    return {
      caseId,
      asOf: today,
      plan: plan
        ? {
            id: plan.id,
            revision: plan.revision,
            status: plan.status,
            setting: plan.setting,
            startOn: plan.startOn,
            plannedEndOn: plan.plannedEndOn,
          }
        : null,
      components: figures.components,
      services: figures.services.flatMap((figure) => {
        const line = lines.find((candidate) => candidate.id === figure.id);
        const item = line ? items.get(line.catalogueItemId) : undefined;
        if (!line || !item) return [];
        return [
          {
            planServiceId: figure.id,
            catalogueItem: ref(item),
            frequency: line.frequency,
            planned: figure.planned,
            plannedToDate: figure.plannedToDate,
            delivered: figure.delivered,
            quantityPlanned: figure.quantityPlanned,
            quantityDelivered: figure.quantityDelivered,
          },
        ];
      }),
      unplanned: figures.unplanned.flatMap((entry) => {
        const item = items.get(entry.catalogueItemId);
        return item ? [{ catalogueItem: ref(item), delivered: entry.delivered }] : [];
      }),
      goals: goals.map((goal) => {
        const text = openGoalText(context.cipher, goal.textCipher);
        return {
          id: goal.id,
          component: goal.component,
          description: text.description,
          target: text.target,
          targetDate: goal.targetDate,
          progress: goal.progress,
          progressOn: goal.progressOn,
        };
      }),
      attendance: figures.attendance,
      stays: stays.map((row) => presentStay(row, today, found.terminatedOn)),
      vocationalOutcomes: outcomes,
    };
  });
}
