import type { CaseStatus, NextStep, PlanAction, PlanStatus } from '@atensi/contracts';

// Pure rules of intervention plans (issue 7, ADR 0010): who may do what with a revision, and when approval is needed.

/** The statuses of a case in which a plan may be started or revised. */
export const PLANNABLE_CASE_STATUSES: readonly CaseStatus[] = [
  'family_based_rehab',
  'planned',
  'in_service',
  'reintegration',
];

/** Statuses of a revision still being written or waiting for a decision (one at a time per case). */
export const OPEN_PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'submitted', 'returned'];

/**
 * A plan needs the manager's approval when the case is of moderate or high risk: its screening sent it to further
 * assessment (moderate/high, or injecting in the past 3 months), or its further assessment was completed.
 * A low-risk case (family-based rehabilitation straight after screening) activates its plan when it is submitted.
 */
export function approvalRequired(facts: { assessmentCompleted: boolean; latestNextStep: NextStep | null }): boolean {
  return facts.assessmentCompleted || facts.latestNextStep === 'further_assessment';
}

export type PlanFacts = {
  status: PlanStatus;
  createdBy: string;
  submittedBy: string | null;
  caseStatus: CaseStatus;
  /** Another revision of the case is being written or waits for a decision. */
  hasOpenRevision: boolean;
};

export type PlanViewer = {
  id: string;
  /** May write the case's records (its institution, with `beneficiaries:write`). */
  canWrite: boolean;
  /** Holds `plans:approve` at the case's institution. */
  canApprove: boolean;
};

/** The author of a revision is who wrote it or submitted it: neither may approve it (four eyes). */
export function isAuthorOf(plan: Pick<PlanFacts, 'createdBy' | 'submittedBy'>, userId: string): boolean {
  return plan.createdBy === userId || plan.submittedBy === userId;
}

/** What a viewer may do with a revision now; the API refuses anything else with the reason. */
export function planActions(plan: PlanFacts, viewer: PlanViewer): PlanAction[] {
  const actions: PlanAction[] = [];
  const caseOpen = PLANNABLE_CASE_STATUSES.includes(plan.caseStatus);
  if (!caseOpen) return actions;
  if (viewer.canWrite && (plan.status === 'draft' || plan.status === 'returned')) actions.push('edit', 'submit');
  if (viewer.canApprove && plan.status === 'submitted' && !isAuthorOf(plan, viewer.id)) {
    actions.push('approve', 'return');
  }
  if (viewer.canWrite && plan.status === 'active' && !plan.hasOpenRevision) actions.push('revise');
  return actions;
}

export type PlanRefusal =
  | 'plan.not_editable'
  | 'plan.not_submitted'
  | 'plan.own_plan'
  | 'plan.case_not_plannable'
  | 'plan.not_active';

/** Why `action` is refused for this viewer, or null when it is allowed (the messages name what to do). */
export function refusalOf(action: PlanAction, plan: PlanFacts, viewer: PlanViewer): PlanRefusal | null {
  if (planActions(plan, viewer).includes(action)) return null;
  if (!PLANNABLE_CASE_STATUSES.includes(plan.caseStatus)) return 'plan.case_not_plannable';
  switch (action) {
    case 'edit':
    case 'submit':
      return 'plan.not_editable';
    case 'approve':
    case 'return':
      return plan.status === 'submitted' && isAuthorOf(plan, viewer.id) ? 'plan.own_plan' : 'plan.not_submitted';
    case 'revise':
      return 'plan.not_active';
    default: {
      const unknown: never = action;
      throw new Error(`unknown plan action ${String(unknown)}`);
    }
  }
}
