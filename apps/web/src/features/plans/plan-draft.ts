import {
  type Assessment,
  type AtensiComponent,
  type CatalogueItem,
  defaultPlannedEnd,
  type FrequencyPeriod,
  type Plan,
  type PlanInput,
  type ServiceSetting,
} from '@atensi/contracts';

// The plan editor's working copy, and how it is made from an assessment or a plan and turned into the API's input.

export interface GoalDraft {
  uid: string;
  /** Kept from an earlier revision, so that the goal's progress carries over. */
  key?: string | undefined;
  component: AtensiComponent | null;
  description: string;
  target: string;
  targetDate: string;
}

export interface ServiceDraft {
  uid: string;
  goalUid: string | null;
  catalogueItemId: string | null;
  count: number;
  period: FrequencyPeriod;
  quantity: number | '';
  responsibleStaffId: string | null;
}

export interface PlanDraft {
  setting: ServiceSetting;
  startOn: string;
  plannedEndOn: string;
  /** The end follows the setting and the start until the user sets it. */
  endTouched: boolean;
  goals: GoalDraft[];
  services: ServiceDraft[];
  familyInvolvement: string;
}

let counter = 0;
export function newUid(): string {
  counter += 1;
  return `draft-${counter}`;
}

export function emptyGoal(component: AtensiComponent | null = null): GoalDraft {
  return { uid: newUid(), component, description: '', target: '', targetDate: '' };
}

/** A first service for a goal: the component's first sub-activity, weekly for sessions, once for items or money. */
export function suggestedService(goal: GoalDraft, catalogue: readonly CatalogueItem[]): ServiceDraft {
  const item = catalogue.find((candidate) => candidate.isActive && candidate.component === goal.component);
  return {
    uid: newUid(),
    goalUid: goal.uid,
    catalogueItemId: item?.id ?? null,
    count: 1,
    period: item && item.unit !== 'session' ? 'total' : 'per_week',
    quantity: item?.unit === 'amount' ? '' : 1,
    responsibleStaffId: null,
  };
}

/**
 * The first plan of a case starts from its further assessment: a goal for each component with some or high need
 * (with a suggested service), the recommended setting; a low-risk case without an assessment starts family-based.
 */
export function draftFromAssessment(
  assessment: Assessment | null,
  catalogue: readonly CatalogueItem[],
  today: string,
): PlanDraft {
  const setting = assessment?.recommendation?.socialSetting ?? 'family_based';
  const goals = (assessment?.recommendedComponents ?? []).map((component) => emptyGoal(component));
  return {
    setting,
    startOn: today,
    plannedEndOn: defaultPlannedEnd(setting, today),
    endTouched: false,
    goals: goals.length > 0 ? goals : [emptyGoal()],
    services: goals.map((goal) => suggestedService(goal, catalogue)),
    familyInvolvement: '',
  };
}

/** A revision being edited, or a new revision starting from the active plan (goal keys kept). */
export function draftFromPlan(plan: Plan, asRevision: boolean, today: string): PlanDraft {
  const goals = plan.goals.map((goal) => ({
    uid: asRevision ? newUid() : goal.id,
    key: goal.key,
    component: goal.component,
    description: goal.description,
    target: goal.target,
    targetDate: goal.targetDate ?? '',
  }));
  const uidOf = new Map(plan.goals.map((goal, index) => [goal.id, goals[index]?.uid ?? null]));
  // A revision keeps the plan's start, so that what was delivered since then still counts against it.
  void today;
  return {
    setting: plan.setting,
    startOn: plan.startOn,
    plannedEndOn: plan.plannedEndOn,
    endTouched: true,
    goals,
    services: plan.services.map((service) => ({
      uid: newUid(),
      goalUid: service.goalId ? (uidOf.get(service.goalId) ?? null) : null,
      catalogueItemId: service.catalogueItemId,
      count: service.frequency.count,
      period: service.frequency.period,
      quantity: service.quantity,
      responsibleStaffId: service.responsibleStaffId,
    })),
    familyInvolvement: plan.familyInvolvement ?? '',
  };
}

/** The API's input; goals are referred to by their position, quantities sent only where the unit counts them. */
export function toPlanInput(draft: PlanDraft, catalogue: readonly CatalogueItem[]): PlanInput {
  const goalIndex = new Map(draft.goals.map((goal, index) => [goal.uid, index]));
  const trimmed = draft.familyInvolvement.trim();
  return {
    setting: draft.setting,
    startOn: draft.startOn,
    plannedEndOn: draft.plannedEndOn,
    goals: draft.goals.map((goal) => ({
      ...(goal.key ? { key: goal.key } : {}),
      component: goal.component ?? 'terapi',
      description: goal.description.trim(),
      target: goal.target.trim(),
      ...(goal.targetDate ? { targetDate: goal.targetDate } : {}),
    })),
    services: draft.services.map((service) => {
      const unit = catalogue.find((item) => item.id === service.catalogueItemId)?.unit;
      const index = service.goalUid ? goalIndex.get(service.goalUid) : undefined;
      return {
        ...(index !== undefined ? { goal: index } : {}),
        catalogueItemId: service.catalogueItemId ?? '',
        frequency: { count: service.count, period: service.period },
        ...(unit && unit !== 'session' && service.quantity !== '' ? { quantity: service.quantity } : {}),
        ...(service.responsibleStaffId ? { responsibleStaffId: service.responsibleStaffId } : {}),
      };
    }),
    ...(trimmed ? { familyInvolvement: trimmed } : {}),
  };
}

/** What the user must fix before the draft can be sent: field keys of the form (`goals.0.target`). */
export function draftProblems(
  draft: PlanDraft,
  catalogue: readonly CatalogueItem[],
): Record<string, 'required' | 'short'> {
  const problems: Record<string, 'required' | 'short'> = {};
  if (!draft.startOn) problems.startOn = 'required';
  if (!draft.plannedEndOn) problems.plannedEndOn = 'required';
  draft.goals.forEach((goal, index) => {
    if (!goal.component) problems[`goals.${index}.component`] = 'required';
    if (goal.description.trim().length < 3) problems[`goals.${index}.description`] = 'short';
    if (goal.target.trim().length < 3) problems[`goals.${index}.target`] = 'short';
  });
  draft.services.forEach((service, index) => {
    if (!service.catalogueItemId) problems[`services.${index}.catalogueItemId`] = 'required';
    const unit = catalogue.find((item) => item.id === service.catalogueItemId)?.unit;
    if (unit === 'amount' && service.quantity === '') problems[`services.${index}.quantity`] = 'required';
  });
  return problems;
}
