import type { Role } from '@atensi/contracts';
import type { InjectOptions } from 'fastify';
import type { Target } from '../../platform/auth/access-matrix.support.js';
import {
  institutionFor,
  own,
  type SampleSet,
  type World,
  withEtag,
} from '../../platform/auth/access-matrix.support.js';
import { buildPlan, buildPlannableCase, catalogueItemId } from '../../test/plan-builders.js';

// Access-matrix samples of the plans module (access-matrix.int.test.ts walks them for every role and scope).

async function planBody(w: World) {
  return {
    setting: 'family_based',
    startOn: '2026-02-01',
    plannedEndOn: '2026-05-01',
    goals: [{ component: 'terapi', description: 'Mengurangi pemakaian', target: 'Tes urin negatif' }],
    services: [
      { goal: 0, catalogueItemId: await catalogueItemId(w.db, 'tr_cbt'), frequency: { count: 1, period: 'per_week' } },
    ],
  };
}

/** Where a write lands: the role's own editable institution, or one outside its scope (none for national roles). */
function writeTarget(w: World, role: Role, target: Target): string | null {
  return target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
}

async function onPlan(
  w: World,
  role: Role,
  target: Target,
  status: 'draft' | 'submitted',
  request: (planId: string) => Promise<InjectOptions>,
) {
  const institutionId = writeTarget(w, role, target);
  if (!institutionId) return null;
  const { planId } = await buildPlan(w.db, institutionId, status);
  return own(w.sessions[role], await request(planId));
}

export const PLANS_ACCESS: SampleSet = {
  samples: {
    'GET /api/v1/cases/:id/plans': async (w, role, target) => {
      const institutionId = institutionFor(w, role, target);
      if (!institutionId) return null;
      const { caseId } = await buildPlan(w.db, institutionId, 'active');
      return own(w.sessions[role], { method: 'GET', url: `/api/v1/cases/${caseId}/plans` });
    },
    'POST /api/v1/cases/:id/plans': async (w, role, target) => {
      const institutionId = writeTarget(w, role, target);
      if (!institutionId) return null;
      const { caseId } = await buildPlannableCase(w.db, institutionId, 'low');
      return own(w.sessions[role], {
        method: 'POST',
        url: `/api/v1/cases/${caseId}/plans`,
        payload: await planBody(w),
      });
    },
    'GET /api/v1/plans/awaiting-approval': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/plans/awaiting-approval' }) : null,
    'GET /api/v1/plans/:id': async (w, role, target) => {
      const institutionId = institutionFor(w, role, target);
      if (!institutionId) return null;
      const { planId } = await buildPlan(w.db, institutionId, 'submitted');
      return own(w.sessions[role], { method: 'GET', url: `/api/v1/plans/${planId}` });
    },
    'PUT /api/v1/plans/:id': async (w, role, target) =>
      onPlan(w, role, target, 'draft', async (planId) =>
        withEtag(w.sessions[role], `/api/v1/plans/${planId}`, {
          method: 'PUT',
          url: `/api/v1/plans/${planId}`,
          payload: { ...(await planBody(w)), setting: 'residential', plannedEndOn: '2026-08-01' },
        }),
      ),
    'POST /api/v1/plans/:id/submit': async (w, role, target) =>
      onPlan(w, role, target, 'draft', async (planId) => ({
        method: 'POST',
        url: `/api/v1/plans/${planId}/submit`,
        headers: { 'if-match': '"1"' },
      })),
    'POST /api/v1/plans/:id/approve': async (w, role, target) =>
      onPlan(w, role, target, 'submitted', async (planId) => ({
        method: 'POST',
        url: `/api/v1/plans/${planId}/approve`,
        headers: { 'if-match': '"1"' },
        payload: {},
      })),
    'POST /api/v1/plans/:id/return': async (w, role, target) =>
      onPlan(w, role, target, 'submitted', async (planId) => ({
        method: 'POST',
        url: `/api/v1/plans/${planId}/return`,
        headers: { 'if-match': '"1"' },
        payload: { comment: 'Lengkapi target' },
      })),
  },
};
