import { CaseAction, CaseStatus, TerminationReason } from '@atensi/contracts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ACTIVE_STATUSES, allowedActions, apply, type CaseFacts, transition } from './case-status.js';

const start: CaseFacts = {
  status: 'intake',
  assessmentCompleted: false,
  terminationReason: null,
  hasActivePlan: false,
};
const request = fc.record({
  action: fc.constantFrom(...CaseAction.options),
  reason: fc.option(fc.constantFrom(...TerminationReason.options), { nil: undefined }),
});
const step = fc.oneof(
  { weight: 9, arbitrary: request.map((value) => ({ kind: 'act' as const, ...value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'complete_assessment' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'activate_plan' as const }) },
);

describe('the case state machine', () => {
  test('no sequence of actions reaches an illegal state; every refusal names its reason (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let facts = start;
        for (const next of steps) {
          if (next.kind === 'complete_assessment') {
            if (facts.status === 'further_assessment') facts = { ...facts, assessmentCompleted: true };
            continue;
          }
          if (next.kind === 'activate_plan') {
            // A plan exists only from the planning stage on (the plans module refuses one earlier).
            if (['planned', 'in_service', 'reintegration'].includes(facts.status))
              facts = { ...facts, hasActivePlan: true };
            continue;
          }
          const before = facts;
          const result = transition(facts, next);
          if (!result.ok) {
            expect(result.refusal).toMatch(/^case\./);
            continue;
          }
          facts = apply(facts, next, result.to);
          expect(CaseStatus.options).toContain(facts.status);
          // Moderate or high risk is never planned before its further assessment is complete.
          if (before.status === 'further_assessment' && facts.status === 'planned')
            expect(before.assessmentCompleted).toBe(true);
          // Service never starts without an active intervention plan.
          if (facts.status === 'in_service' && before.status === 'planned') expect(before.hasActivePlan).toBe(true);
          // A terminated episode always knows why.
          if (facts.status === 'terminated') expect(facts.terminationReason).not.toBeNull();
          // Nothing leaves `closed`.
          expect(before.status).not.toBe('closed');
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('allowed actions are exactly those that succeed (property)', () => {
    const facts = fc.record({
      status: fc.constantFrom(...CaseStatus.options),
      assessmentCompleted: fc.boolean(),
      terminationReason: fc.option(fc.constantFrom(...TerminationReason.options), { nil: null }),
      hasActivePlan: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, (value) => {
        const allowed = allowedActions(value, CaseAction.options);
        for (const action of CaseAction.options) {
          expect(transition(value, { action, reason: 'completed' }).ok).toBe(allowed.includes(action));
        }
      }),
    );
  });

  test('the happy path of a moderate-risk case', () => {
    let facts = start;
    const walk = (action: CaseAction, reason?: TerminationReason) => {
      const result = transition(facts, { action, reason });
      if (!result.ok) throw new Error(result.refusal);
      facts = apply(facts, { action, reason }, result.to);
      return facts.status;
    };
    expect(walk('start_screening')).toBe('screening');
    expect(walk('route_further_assessment')).toBe('further_assessment');
    expect(transition(facts, { action: 'approve_plan' })).toStrictEqual({
      ok: false,
      refusal: 'case.assessment_required',
    });
    facts = { ...facts, assessmentCompleted: true };
    expect(walk('approve_plan')).toBe('planned');
    // The planning stage ends when a plan is active, not before.
    expect(transition(facts, { action: 'start_service' })).toStrictEqual({ ok: false, refusal: 'case.plan_required' });
    facts = { ...facts, hasActivePlan: true };
    expect(walk('start_service')).toBe('in_service');
    expect(walk('start_reintegration')).toBe('reintegration');
    expect(transition(facts, { action: 'terminate' })).toStrictEqual({
      ok: false,
      refusal: 'case.termination_reason_required',
    });
    expect(walk('terminate', 'completed')).toBe('terminated');
    expect(walk('start_aftercare')).toBe('aftercare');
    expect(walk('close')).toBe('closed');
    expect(allowedActions(facts, CaseAction.options)).toStrictEqual([]);
  });

  test.each(['died', 'transferred', 'referred_out'] as const)('no aftercare here after %s', (reason) => {
    const facts: CaseFacts = {
      status: 'terminated',
      assessmentCompleted: false,
      terminationReason: reason,
      hasActivePlan: true,
    };
    expect(transition(facts, { action: 'start_aftercare' })).toStrictEqual({
      ok: false,
      refusal: 'case.aftercare_not_possible',
    });
    expect(transition(facts, { action: 'close' })).toStrictEqual({ ok: true, to: 'closed' });
  });

  test('a low-risk case goes to family-based rehabilitation and may be planned at once', () => {
    const facts: CaseFacts = {
      status: 'family_based_rehab',
      assessmentCompleted: false,
      terminationReason: null,
      hasActivePlan: false,
    };
    expect(transition(facts, { action: 'approve_plan' })).toStrictEqual({ ok: true, to: 'planned' });
    expect(ACTIVE_STATUSES).toContain('family_based_rehab');
  });
});
