import { institutionFor, own, type SampleSet } from '../../platform/auth/access-matrix.support.js';
import { buildBeneficiary } from '../../test/builders.js';
import { buildDtksQueue } from '../../test/plan-builders.js';

// Access-matrix samples of DTKS: the standing as institutions see it, and Pusdatin's queue (national, no "other").

export const DTKS_ACCESS: SampleSet = {
  samples: {
    'GET /api/v1/beneficiaries/:id/dtks': async (w, role, target) => {
      const institutionId = institutionFor(w, role, target);
      if (!institutionId) return null;
      const id = await buildBeneficiary(w.db, institutionId);
      return own(w.sessions[role], { method: 'GET', url: `/api/v1/beneficiaries/${id}/dtks` });
    },
    'POST /api/v1/beneficiaries/:id/dtks/check-requests': async (w, role, target) => {
      const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
      if (!institutionId) return null;
      const id = await buildBeneficiary(w.db, institutionId);
      return own(w.sessions[role], { method: 'POST', url: `/api/v1/beneficiaries/${id}/dtks/check-requests` });
    },
    'GET /api/v1/dtks/checks': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/dtks/checks' }) : null,
    'POST /api/v1/dtks/beneficiaries/:id/status': async (w, role, target) => {
      if (target === 'other') return null;
      const { beneficiaryId } = await buildDtksQueue(w.db, w.ipwlB);
      return own(w.sessions[role], {
        method: 'POST',
        url: `/api/v1/dtks/beneficiaries/${beneficiaryId}/status`,
        payload: { status: 'matched', dtksId: '3204120000000001', method: 'nik', checkedOn: '2026-01-10' },
      });
    },
    'GET /api/v1/dtks/inclusion-proposals': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/dtks/inclusion-proposals' }) : null,
    'POST /api/v1/dtks/inclusion-proposals/:id/decide': async (w, role, target) => {
      if (target === 'other') return null;
      const { proposalId } = await buildDtksQueue(w.db, w.ipwlB);
      return own(w.sessions[role], {
        method: 'POST',
        url: `/api/v1/dtks/inclusion-proposals/${proposalId}/decide`,
        headers: { 'if-match': '"1"' },
        payload: { outcome: 'submitted' },
      });
    },
  },
};
