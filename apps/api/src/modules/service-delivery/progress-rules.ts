import { AtensiComponent, type ComponentProgress, type FrequencyPeriod, plannedOccurrences } from '@atensi/contracts';

// Planned against delivered (issue 7, "progress view"): pure, so that the rule is tested apart from the queries.

export type PlannedLine = {
  id: string;
  catalogueItemId: string;
  component: AtensiComponent;
  frequency: { count: number; period: FrequencyPeriod };
  quantity: number;
};

export type DeliveredLine = {
  catalogueItemId: string;
  component: AtensiComponent;
  attended: boolean;
  quantity: number;
  heldOn: string;
};

export type ProgressFigures = {
  components: ComponentProgress[];
  services: {
    id: string;
    planned: number;
    plannedToDate: number;
    delivered: number;
    quantityPlanned: number;
    quantityDelivered: number;
  }[];
  unplanned: { catalogueItemId: string; delivered: number }[];
  attendance: { attended: number; missed: number };
};

/**
 * Planned occurrences (over the plan, and due by `today`) against services delivered since the plan's start, per
 * component and per planned service. A service counts as delivered when the person attended it; a missed group
 * session counts as missed. Each delivered service counts once for its component, and once for every planned line
 * of the same sub-activity; delivered sub-activities the plan did not list are `unplanned`.
 */
export function progressOf(
  plan: { startOn: string; plannedEndOn: string },
  planned: PlannedLine[],
  records: DeliveredLine[],
  today: string,
): ProgressFigures {
  const since = records.filter((record) => record.heldOn >= plan.startOn && record.heldOn <= today);
  const attended = since.filter((record) => record.attended);
  const services = planned.map((line) => {
    const mine = attended.filter((record) => record.catalogueItemId === line.catalogueItemId);
    const occurrences = plannedOccurrences(line.frequency, plan);
    return {
      id: line.id,
      planned: occurrences,
      plannedToDate: plannedOccurrences(line.frequency, plan, today),
      delivered: mine.length,
      quantityPlanned: occurrences * line.quantity,
      quantityDelivered: mine.reduce((sum, record) => sum + record.quantity, 0),
    };
  });
  const plannedItems = new Set(planned.map((line) => line.catalogueItemId));
  const unplannedCounts = new Map<string, number>();
  for (const record of attended) {
    if (!plannedItems.has(record.catalogueItemId)) {
      unplannedCounts.set(record.catalogueItemId, (unplannedCounts.get(record.catalogueItemId) ?? 0) + 1);
    }
  }
  const components = AtensiComponent.options.flatMap((component) => {
    const lines = planned.filter((line) => line.component === component);
    const given = attended.filter((record) => record.component === component);
    if (lines.length === 0 && given.length === 0) return [];
    const lastDeliveredOn = given.reduce<string | null>(
      (last, record) => (last === null || record.heldOn > last ? record.heldOn : last),
      null,
    );
    return [
      {
        component,
        planned: lines.reduce((sum, line) => sum + plannedOccurrences(line.frequency, plan), 0),
        plannedToDate: lines.reduce((sum, line) => sum + plannedOccurrences(line.frequency, plan, today), 0),
        delivered: given.length,
        lastDeliveredOn,
      },
    ];
  });
  return {
    components,
    services,
    unplanned: [...unplannedCounts].map(([catalogueItemId, delivered]) => ({ catalogueItemId, delivered })),
    attendance: { attended: attended.length, missed: since.length - attended.length },
  };
}

/** Small counts of people are suppressed for viewers outside the institution (domain README, section 7). */
export const SMALL_COUNT_THRESHOLD = 5;

export function suppressSmall(count: number, suppress: boolean): number | null {
  return suppress && count > 0 && count < SMALL_COUNT_THRESHOLD ? null : count;
}
