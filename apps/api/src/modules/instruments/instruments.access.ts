import { own, type SampleSet } from '../../platform/auth/access-matrix.support.js';

// Instrument definitions are reference data, not records of a person: every signed-in user may read them.
export const instrumentsAccess: SampleSet = {
  samples: {
    'GET /api/v1/instruments': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/instruments' }) : null,
    'GET /api/v1/instruments/:instrument': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/instruments/assist-3.0' }) : null,
    'GET /api/v1/instruments/:instrument/revisions/:revision': async (w, role, target) => {
      if (target === 'other') return null;
      await w.sessions[role].request({ method: 'GET', url: '/api/v1/instruments/asesmen-lanjut-1' });
      return own(w.sessions[role], { method: 'GET', url: '/api/v1/instruments/asesmen-lanjut-1/revisions/1' });
    },
  },
};
