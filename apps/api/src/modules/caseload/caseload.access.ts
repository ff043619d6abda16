import { institutionFor, own, type SampleSet } from '../../platform/auth/access-matrix.support.js';

export const caseloadAccess: SampleSet = {
  samples: {
    'GET /api/v1/institutions/:id/caseload': async (w, role, target) => {
      const id = institutionFor(w, role, target);
      return id ? own(w.sessions[role], { method: 'GET', url: `/api/v1/institutions/${id}/caseload` }) : null;
    },
  },
};
