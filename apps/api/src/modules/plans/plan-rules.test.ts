import { CaseStatus, PlanAction, PlanStatus } from '@atensi/contracts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { approvalRequired, isAuthorOf, type PlanFacts, planActions, refusalOf } from './plan-rules.js';

const author = 'author';
const manager = 'manager';
const submitted: PlanFacts = {
  status: 'submitted',
  createdBy: author,
  submittedBy: author,
  caseStatus: 'planned',
  hasOpenRevision: false,
};

describe('plan rules', () => {
  test('moderate or high risk needs approval; a low-risk case does not', () => {
    expect(approvalRequired({ assessmentCompleted: true, latestNextStep: 'further_assessment' })).toBe(true);
    expect(approvalRequired({ assessmentCompleted: false, latestNextStep: 'further_assessment' })).toBe(true);
    expect(approvalRequired({ assessmentCompleted: false, latestNextStep: 'family_based_rehab' })).toBe(false);
    expect(approvalRequired({ assessmentCompleted: false, latestNextStep: null })).toBe(false);
  });

  test('a manager approves or returns a submitted plan; its author never does', () => {
    expect(planActions(submitted, { id: manager, canWrite: true, canApprove: true })).toStrictEqual([
      'approve',
      'return',
    ]);
    expect(planActions(submitted, { id: author, canWrite: true, canApprove: true })).toStrictEqual([]);
    expect(refusalOf('approve', submitted, { id: author, canWrite: true, canApprove: true })).toBe('plan.own_plan');
    // Submitting makes one an author too, whoever wrote the draft.
    const byOther = { ...submitted, submittedBy: manager };
    expect(isAuthorOf(byOther, manager)).toBe(true);
    expect(refusalOf('approve', byOther, { id: manager, canWrite: true, canApprove: true })).toBe('plan.own_plan');
  });

  test('drafts and returned plans are edited and submitted by the institution; active ones are revised', () => {
    const worker = { id: 'worker', canWrite: true, canApprove: false };
    expect(planActions({ ...submitted, status: 'draft' }, worker)).toStrictEqual(['edit', 'submit']);
    expect(planActions({ ...submitted, status: 'returned' }, worker)).toStrictEqual(['edit', 'submit']);
    expect(planActions({ ...submitted, status: 'active' }, worker)).toStrictEqual(['revise']);
    expect(planActions({ ...submitted, status: 'active', hasOpenRevision: true }, worker)).toStrictEqual([]);
    expect(planActions({ ...submitted, status: 'superseded' }, worker)).toStrictEqual([]);
    expect(refusalOf('revise', { ...submitted, status: 'superseded' }, worker)).toBe('plan.not_active');
  });

  test('nothing is done to the plan of a case that is over', () => {
    const manager1 = { id: manager, canWrite: true, canApprove: true };
    expect(planActions({ ...submitted, caseStatus: 'terminated' }, manager1)).toStrictEqual([]);
    expect(refusalOf('approve', { ...submitted, caseStatus: 'closed' }, manager1)).toBe('plan.case_not_plannable');
  });

  test('an action is allowed exactly when no refusal is given, and an author never approves (property)', () => {
    const facts = fc.record({
      status: fc.constantFrom(...PlanStatus.options),
      createdBy: fc.constantFrom('a', 'b'),
      submittedBy: fc.constantFrom('a', 'b', null),
      caseStatus: fc.constantFrom(...CaseStatus.options),
      hasOpenRevision: fc.boolean(),
    });
    const viewer = fc.record({ id: fc.constantFrom('a', 'b', 'c'), canWrite: fc.boolean(), canApprove: fc.boolean() });
    fc.assert(
      fc.property(facts, viewer, (plan, who) => {
        const allowed = planActions(plan, who);
        for (const action of PlanAction.options) {
          expect(refusalOf(action, plan, who) === null).toBe(allowed.includes(action));
        }
        if (isAuthorOf(plan, who.id)) expect(allowed).not.toContain('approve');
        if (!who.canApprove) expect(allowed).not.toContain('approve');
      }),
    );
  });
});
