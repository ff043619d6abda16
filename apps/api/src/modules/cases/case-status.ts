import type { CaseAction, CaseStatus, TerminationReason } from '@atensi/contracts';

/** What the rules need to know about a case. */
export type CaseFacts = {
  status: CaseStatus;
  assessmentCompleted: boolean;
  terminationReason: TerminationReason | null;
  /** An intervention plan of the case is active (approved, or activated for a low-risk case): issue 7. */
  hasActivePlan: boolean;
};

/** The facts of a stored case (its row, or the columns the rules read). */
export function factsOfCase(row: {
  status: CaseStatus;
  assessmentCompleted: boolean;
  terminationReason: TerminationReason | null;
  activePlanId: string | null;
}): CaseFacts {
  return {
    status: row.status,
    assessmentCompleted: row.assessmentCompleted,
    terminationReason: row.terminationReason,
    hasActivePlan: row.activePlanId !== null,
  };
}

export type TransitionRequest = { action: CaseAction; reason?: TerminationReason | undefined };

export type CaseRefusal =
  | 'case.transition_not_allowed'
  | 'case.assessment_required'
  | 'case.plan_required'
  | 'case.termination_reason_required'
  | 'case.aftercare_not_possible';

export type TransitionResult = { ok: true; to: CaseStatus } | { ok: false; refusal: CaseRefusal };

/** The statuses of a running episode: terminating is possible from each of them. */
export const ACTIVE_STATUSES: readonly CaseStatus[] = [
  'intake',
  'screening',
  'family_based_rehab',
  'further_assessment',
  'planned',
  'in_service',
  'reintegration',
];

/** Who goes into aftercare here: not those who died, nor those whose care continues at another institution. */
const NO_AFTERCARE: readonly TerminationReason[] = ['died', 'transferred', 'referred_out'];

const refuse = (refusal: CaseRefusal): TransitionResult => ({ ok: false, refusal });
const to = (status: CaseStatus): TransitionResult => ({ ok: true, to: status });

/**
 * The case state machine (issue 5): intake -> screening -> (family_based_rehab | further_assessment) -> planned ->
 * in_service -> reintegration -> terminated -> aftercare -> closed. Moderate and high risk cannot be planned before
 * the further assessment is complete; termination needs a reason; `closed` is final.
 *
 * `approve_plan` is the step into planning (`planned` is the planning stage: the plan is being written and approved).
 * Nobody takes it by hand: completing the further assessment takes it, and so does starting the plan of a low-risk
 * case. Service starts only once an intervention plan is active (issue 7, ADR 0010).
 */
export function transition(facts: CaseFacts, request: TransitionRequest): TransitionResult {
  const { status } = facts;
  switch (request.action) {
    case 'start_screening':
      return status === 'intake' ? to('screening') : refuse('case.transition_not_allowed');
    case 'route_family_based':
      return status === 'screening' ? to('family_based_rehab') : refuse('case.transition_not_allowed');
    case 'route_further_assessment':
      return status === 'screening' ? to('further_assessment') : refuse('case.transition_not_allowed');
    case 'approve_plan':
      if (status === 'family_based_rehab') return to('planned');
      if (status === 'further_assessment')
        return facts.assessmentCompleted ? to('planned') : refuse('case.assessment_required');
      return refuse('case.transition_not_allowed');
    case 'start_service':
      if (status !== 'planned') return refuse('case.transition_not_allowed');
      return facts.hasActivePlan ? to('in_service') : refuse('case.plan_required');
    case 'start_reintegration':
      return status === 'in_service' ? to('reintegration') : refuse('case.transition_not_allowed');
    case 'terminate':
      if (!ACTIVE_STATUSES.includes(status)) return refuse('case.transition_not_allowed');
      return request.reason ? to('terminated') : refuse('case.termination_reason_required');
    case 'start_aftercare':
      if (status !== 'terminated') return refuse('case.transition_not_allowed');
      return facts.terminationReason && NO_AFTERCARE.includes(facts.terminationReason)
        ? refuse('case.aftercare_not_possible')
        : to('aftercare');
    case 'close':
      return status === 'aftercare' || status === 'terminated' ? to('closed') : refuse('case.transition_not_allowed');
    default: {
      const unknown: never = request.action;
      throw new Error(`unknown case action ${String(unknown)}`);
    }
  }
}

/** The facts after a successful transition. */
export function apply(facts: CaseFacts, request: TransitionRequest, next: CaseStatus): CaseFacts {
  return {
    status: next,
    assessmentCompleted: facts.assessmentCompleted,
    terminationReason: request.action === 'terminate' ? (request.reason ?? null) : facts.terminationReason,
    hasActivePlan: facts.hasActivePlan,
  };
}

/** Which of `actions` would succeed now (terminate counted as possible: it only needs its reason). */
export function allowedActions(facts: CaseFacts, actions: readonly CaseAction[]): CaseAction[] {
  return actions.filter((action) => transition(facts, { action, reason: 'completed' }).ok);
}
