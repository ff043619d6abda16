import type { Role } from '@atensi/contracts';
import type { InjectOptions } from 'fastify';
import {
  institutionFor,
  own,
  type SampleSet,
  type Target,
  type World,
} from '../../platform/auth/access-matrix.support.js';
import { buildStaff } from '../../test/builders.js';
import { buildPlan, buildSocialAid, catalogueItemId } from '../../test/plan-builders.js';

// Access-matrix samples of social aid (access-matrix.int.test.ts walks them for every role and scope).

function writeTarget(w: World, role: Role, target: Target): string | null {
  return target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
}

async function onAid(
  w: World,
  role: Role,
  target: Target,
  status: 'requested' | 'approved' | 'delivered',
  request: (aidId: string) => Promise<InjectOptions>,
) {
  const institutionId = writeTarget(w, role, target);
  if (!institutionId) return null;
  const { aidId } = await buildSocialAid(w.db, institutionId, status);
  return own(w.sessions[role], await request(aidId));
}

const post = (aidId: string, action: string, payload: object): InjectOptions => ({
  method: 'POST',
  url: `/api/v1/social-aid/${aidId}/${action}`,
  headers: { 'if-match': '"1"' },
  payload,
});

export const SOCIAL_AID_ACCESS: SampleSet = {
  samples: {
    'GET /api/v1/cases/:id/social-aid': async (w, role, target) => {
      const institutionId = institutionFor(w, role, target);
      if (!institutionId) return null;
      const { caseId } = await buildPlan(w.db, institutionId, 'active');
      return own(w.sessions[role], { method: 'GET', url: `/api/v1/cases/${caseId}/social-aid` });
    },
    'POST /api/v1/cases/:id/social-aid': async (w, role, target) => {
      const institutionId = writeTarget(w, role, target);
      if (!institutionId) return null;
      const { caseId } = await buildPlan(w.db, institutionId, 'active');
      return own(w.sessions[role], {
        method: 'POST',
        url: `/api/v1/cases/${caseId}/social-aid`,
        payload: {
          aidType: 'cash',
          catalogueItemId: await catalogueItemId(w.db, 'ba_bantuan_tunai'),
          amountRupiah: 250_000,
          reason: 'Ongkos ke layanan kesehatan',
        },
      });
    },
    'GET /api/v1/social-aid/awaiting-approval': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/social-aid/awaiting-approval' }) : null,
    'POST /api/v1/social-aid/:id/approve': (w, role, target) =>
      onAid(w, role, target, 'requested', async (aidId) => post(aidId, 'approve', {})),
    'POST /api/v1/social-aid/:id/reject': (w, role, target) =>
      onAid(w, role, target, 'requested', async (aidId) =>
        post(aidId, 'reject', { reason: 'Sudah menerima bantuan lain' }),
      ),
    'POST /api/v1/social-aid/:id/deliver': (w, role, target) =>
      onAid(w, role, target, 'approved', async (aidId) => {
        const { id: staffId } = await buildStaff(w.db, w.editable[role]);
        return post(aidId, 'deliver', { deliveredOn: '2026-02-03', staffId });
      }),
    'POST /api/v1/social-aid/:id/receipt': (w, role, target) =>
      onAid(w, role, target, 'delivered', async (aidId) =>
        post(aidId, 'receipt', { receivedOn: '2026-02-04', receivedBy: 'beneficiary' }),
      ),
    'POST /api/v1/social-aid/:id/cancel': (w, role, target) =>
      onAid(w, role, target, 'requested', async (aidId) => post(aidId, 'cancel', { reason: 'Tidak diperlukan lagi' })),
  },
};
