import { institutionFor, own, type SampleSet } from '../../platform/auth/access-matrix.support.js';

export const reportsAccess: SampleSet = {
  samples: {
    // Own: the report of an institution the caller reaches; other: of one they do not (404, as a record would be).
    'GET /api/v1/reports/screenings': async (w, role, target) => {
      const id = institutionFor(w, role, target);
      if (!id) return null;
      return own(w.sessions[role], {
        method: 'GET',
        url: `/api/v1/reports/screenings?from=2026-01&to=2026-12&by=institution&institutionId=${id}`,
      });
    },
  },
};
