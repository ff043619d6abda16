import type { Role } from '@atensi/contracts';
import {
  institutionFor,
  own,
  type SampleSet,
  type Target,
  type World,
} from '../../platform/auth/access-matrix.support.js';
import { buildStaff } from '../../test/builders.js';
import { buildPlan, buildResidentialStay, buildServiceSession, catalogueItemId } from '../../test/plan-builders.js';

// Access-matrix samples of service delivery (access-matrix.int.test.ts walks them for every role and scope).

function writeTarget(w: World, role: Role, target: Target): string | null {
  return target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
}

/** A case with an active plan where the write lands, and a staff member of the caller's own institution. */
async function serviceable(w: World, role: Role, target: Target) {
  const institutionId = writeTarget(w, role, target);
  if (!institutionId) return null;
  const { caseId } = await buildPlan(w.db, institutionId, 'active');
  const { id: staffId } = await buildStaff(w.db, w.editable[role]);
  return { caseId, staffId, item: await catalogueItemId(w.db, 'tr_cbt') };
}

async function readOn(w: World, role: Role, target: Target, url: (caseId: string) => string) {
  const institutionId = institutionFor(w, role, target);
  if (!institutionId) return null;
  const { caseId } = await buildPlan(w.db, institutionId, 'active');
  return own(w.sessions[role], { method: 'GET', url: url(caseId) });
}

export const SERVICE_DELIVERY_ACCESS: SampleSet = {
  samples: {
    'POST /api/v1/cases/:id/service-records': async (w, role, target) => {
      const given = await serviceable(w, role, target);
      if (!given) return null;
      return own(w.sessions[role], {
        method: 'POST',
        url: `/api/v1/cases/${given.caseId}/service-records`,
        payload: {
          heldOn: '2026-02-03',
          catalogueItemId: given.item,
          durationMinutes: 45,
          location: 'institution',
          staffId: given.staffId,
        },
      });
    },
    'GET /api/v1/cases/:id/service-records': (w, role, target) =>
      readOn(w, role, target, (caseId) => `/api/v1/cases/${caseId}/service-records`),
    'POST /api/v1/group-sessions': async (w, role, target) => {
      const given = await serviceable(w, role, target);
      if (!given) return null;
      return own(w.sessions[role], {
        method: 'POST',
        url: '/api/v1/group-sessions',
        payload: {
          heldOn: '2026-02-03',
          catalogueItemId: given.item,
          durationMinutes: 60,
          location: 'institution',
          staffId: given.staffId,
          attendees: [{ caseId: given.caseId }],
        },
      });
    },
    'POST /api/v1/service-records/day-sheet': async (w, role, target) => {
      const given = await serviceable(w, role, target);
      if (!given) return null;
      return own(w.sessions[role], {
        method: 'POST',
        url: '/api/v1/service-records/day-sheet',
        payload: {
          heldOn: '2026-02-03',
          staffId: given.staffId,
          entries: [{ caseId: given.caseId, catalogueItemId: given.item, durationMinutes: 30, location: 'home' }],
        },
      });
    },
    'GET /api/v1/service-sessions': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/service-sessions?on=2026-02-01' }) : null,
    'GET /api/v1/service-sessions/:id': async (w, role, target) => {
      const institutionId = institutionFor(w, role, target);
      if (!institutionId) return null;
      const { sessionId } = await buildServiceSession(w.db, institutionId);
      return own(w.sessions[role], { method: 'GET', url: `/api/v1/service-sessions/${sessionId}` });
    },
    'GET /api/v1/serviceable-cases': async (w, role, target) =>
      target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/serviceable-cases' }) : null,
    'POST /api/v1/cases/:id/residential-stays': async (w, role, target) => {
      const institutionId = writeTarget(w, role, target);
      if (!institutionId) return null;
      const { caseId } = await buildPlan(w.db, institutionId, 'active');
      return own(w.sessions[role], {
        method: 'POST',
        url: `/api/v1/cases/${caseId}/residential-stays`,
        payload: { admittedOn: '2026-01-20' },
      });
    },
    'POST /api/v1/residential-stays/:id/discharge': async (w, role, target) => {
      const institutionId = writeTarget(w, role, target);
      if (!institutionId) return null;
      const { stayId } = await buildResidentialStay(w.db, institutionId);
      return own(w.sessions[role], {
        method: 'POST',
        url: `/api/v1/residential-stays/${stayId}/discharge`,
        headers: { 'if-match': '"1"' },
        payload: { dischargedOn: '2026-02-20', reason: 'completed' },
      });
    },
    'GET /api/v1/cases/:id/progress': (w, role, target) =>
      readOn(w, role, target, (caseId) => `/api/v1/cases/${caseId}/progress`),
    'GET /api/v1/institutions/:id/service-summary': async (w, role, target) => {
      const institutionId = institutionFor(w, role, target);
      return institutionId
        ? own(w.sessions[role], { method: 'GET', url: `/api/v1/institutions/${institutionId}/service-summary` })
        : null;
    },
    'GET /api/v1/institutions/:id/service-summary/export': async (w, role, target) => {
      const institutionId = institutionFor(w, role, target);
      return institutionId
        ? own(w.sessions[role], {
            method: 'GET',
            url: `/api/v1/institutions/${institutionId}/service-summary/export?format=csv`,
          })
        : null;
    },
  },
  // A body naming cases the caller cannot see is refused at the field (422), like an unknown case.
  otherScopeStatus: { 'POST /api/v1/group-sessions': 422, 'POST /api/v1/service-records/day-sheet': 422 },
};
