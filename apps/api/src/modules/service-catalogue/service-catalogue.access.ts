import { own, type SampleSet, withEtag } from '../../platform/auth/access-matrix.support.js';
import { catalogueItemId } from '../../test/plan-builders.js';

// Access-matrix samples of the service catalogue: reference data, so there is no "other scope".

export const SERVICE_CATALOGUE_ACCESS: SampleSet = {
  samples: {
    'GET /api/v1/service-catalogue': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/service-catalogue' }) : null,
    'GET /api/v1/service-catalogue/:id': async (w, role, target) =>
      target === 'own'
        ? own(w.sessions[role], {
            method: 'GET',
            url: `/api/v1/service-catalogue/${await catalogueItemId(w.db, 'tr_cbt')}`,
          })
        : null,
    'POST /api/v1/service-catalogue': async (w, role, target) =>
      target === 'own'
        ? own(w.sessions[role], {
            method: 'POST',
            url: '/api/v1/service-catalogue',
            payload: {
              code: `uji_${role}_${Math.random().toString(36).slice(2, 8)}`,
              component: 'terapi',
              name: { id: 'Terapi seni', en: 'Art therapy' },
              unit: 'session',
            },
          })
        : null,
    'PATCH /api/v1/service-catalogue/:id': async (w, role, target) => {
      if (target === 'other') return null;
      const id = await catalogueItemId(w.db, 'tr_olahraga');
      const request = await withEtag(w.sessions[role], `/api/v1/service-catalogue/${id}`, {
        method: 'PATCH',
        url: `/api/v1/service-catalogue/${id}`,
        payload: { position: 70 },
      });
      return own(w.sessions[role], request);
    },
  },
};
