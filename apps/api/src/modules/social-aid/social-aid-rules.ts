import type { DtksStatus, SocialAidRequest, SocialAidStatus } from '@atensi/contracts';

// Pure rules of social aid (component 6): what may happen to a request, and what its DTKS standing allows.

export type AidAction = SocialAidRequest['allowedActions'][number];

/** The next status of each step; a step not listed for a status is refused. */
const STEPS: Record<AidAction, { from: readonly SocialAidStatus[]; to: SocialAidStatus }> = {
  approve: { from: ['requested'], to: 'approved' },
  reject: { from: ['requested'], to: 'rejected' },
  deliver: { from: ['approved'], to: 'delivered' },
  receipt: { from: ['delivered'], to: 'received' },
  cancel: { from: ['requested', 'approved'], to: 'cancelled' },
};

export function nextAidStatus(status: SocialAidStatus, action: AidAction): SocialAidStatus | null {
  const step = STEPS[action];
  return step.from.includes(status) ? step.to : null;
}

/** Steps open now to a viewer who may write at the institution, and approve there. */
export function aidActions(status: SocialAidStatus, viewer: { canWrite: boolean; canApprove: boolean }): AidAction[] {
  return (Object.keys(STEPS) as AidAction[]).filter((action) => {
    if (nextAidStatus(status, action) === null) return false;
    return action === 'approve' || action === 'reject' ? viewer.canApprove : viewer.canWrite;
  });
}

/**
 * What a person's DTKS standing means for approving their aid (seed 003: aid needs DTKS registration):
 * matched may be approved; not matched is blocked and proposed for inclusion; unknown is blocked until Pusdatin
 * has checked; a NIK problem is blocked until the NIK is put right at Dukcapil.
 */
export type DtksGate = 'approve' | 'propose_inclusion' | 'await_check' | 'fix_nik';

export function dtksGate(status: DtksStatus): DtksGate {
  switch (status) {
    case 'matched':
      return 'approve';
    case 'not_matched':
      return 'propose_inclusion';
    case 'unknown':
      return 'await_check';
    case 'nik_duplicate':
    case 'nik_blocked':
      return 'fix_nik';
    default: {
      const unknown: never = status;
      throw new Error(`unknown DTKS status ${String(unknown)}`);
    }
  }
}
