import type { CaseAction, CaseStatus, TerminationReason } from '@atensi/contracts';

/** What the rules need to know about a case. */
export type CaseFacts = {
  status: CaseStatus;
  assessmentCompleted: boolean;
  terminationReason: TerminationReason | null;
};

export type TransitionRequest = { action: CaseAction; reason?: TerminationReason | undefined };

export type CaseRefusal =
  | 'case.transition_not_allowed'
  | 'case.assessment_required'
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
      return status === 'planned' ? to('in_service') : refuse('case.transition_not_allowed');
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
  };
}

/** Which of `actions` would succeed now (terminate counted as possible: it only needs its reason). */
export function allowedActions(facts: CaseFacts, actions: readonly CaseAction[]): CaseAction[] {
  return actions.filter((action) => transition(facts, { action, reason: 'completed' }).ok);
}
