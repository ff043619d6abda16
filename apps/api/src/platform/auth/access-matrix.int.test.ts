import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { can, ROLES, type Role, type RoutePolicy } from '@atensi/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activitiesAccess } from '../../modules/activities/activities.access.js';
import { runAlerts } from '../../modules/alerts/index.js';
import type { RouteEntry } from '../../modules/auth/index.js';
import { campaignsAccess } from '../../modules/campaigns/campaigns.access.js';
import { caseloadAccess } from '../../modules/caseload/caseload.access.js';
import { DTKS_ACCESS } from '../../modules/dtks/dtks.access.js';
import { instrumentsAccess } from '../../modules/instruments/instruments.access.js';
import { PLANS_ACCESS } from '../../modules/plans/plans.access.js';
import { reportsAccess } from '../../modules/reports/reports.access.js';
import { SERVICE_CATALOGUE_ACCESS } from '../../modules/service-catalogue/service-catalogue.access.js';
import { SERVICE_DELIVERY_ACCESS } from '../../modules/service-delivery/service-delivery.access.js';
import { SOCIAL_AID_ACCESS } from '../../modules/social-aid/social-aid.access.js';
import { surveysAccess } from '../../modules/surveys/surveys.access.js';
import {
  buildBeneficiary,
  buildCase,
  buildConsent,
  buildFollowUp,
  buildInstitution,
  buildPartnership,
  buildReferral,
  buildStaff,
  buildUser,
  type Session,
  signedInUser,
  signIn,
  TEST_ADDRESS,
} from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';
import { API_ROOT } from '../paths.js';
import {
  institutionFor,
  own,
  type Sample,
  type SampleSet,
  uuid,
  type World,
  withEtag,
} from './access-matrix.support.js';
import { CLI_AUDIT_CONTEXT } from './actor.js';
import { renderPermissionsDoc } from './permissions-doc.js';

// The full access matrix: every route of the route table x every role x own scope / other scope, plus the anonymous
// caller. A route without a sample below fails the test, so a new route cannot ship without its access being
// checked; a route without a policy does not even start (auth.hook.ts).

let t: TestApp;
let world: World;

async function freshIpwl(): Promise<string> {
  return (await buildInstitution(t.database.db, { type: 'ipwl' })).id;
}

async function userTarget(): Promise<string> {
  return (await buildUser(t.database.db, { role: 'pendamping' })).id;
}

const CORE: SampleSet['samples'] = {
  'GET /api/v1/health': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/health' }) : null,
  'GET /api/v1/regions': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/regions' }) : null,
  'GET /api/v1/regions/:code': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/regions/32.04' }) : null,
  'POST /api/v1/auth/login': async (_w, role, target) => {
    if (target === 'other') return null;
    const user = await buildUser(t.database.db, { role });
    return own(null, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password },
      remoteAddress: TEST_ADDRESS,
    });
  },
  'POST /api/v1/auth/logout': async (w, role, target) =>
    target === 'own' ? own(await w.fresh(role), { method: 'POST', url: '/api/v1/auth/logout' }) : null,
  'GET /api/v1/me': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/me' }) : null,
  'POST /api/v1/me/password': async (w, role, target) =>
    target === 'own'
      ? own(await w.fresh(role), {
          method: 'POST',
          url: '/api/v1/me/password',
          payload: { currentPassword: 'kata-sandi-uji-yang-panjang', newPassword: 'gado-gado lontong sayur' },
        })
      : null,
  'POST /api/v1/me/totp/setup': async (w, role, target) =>
    target === 'own' ? own(await w.fresh(role), { method: 'POST', url: '/api/v1/me/totp/setup' }) : null,
  // Enabling needs a code for a secret set up first: the session-level check is what matters here, and a wrong
  // code answering 422 shows the caller got past authentication and authorisation.
  'POST /api/v1/me/totp/enable': async (w, role, target) => {
    if (target === 'other') return null;
    const session = await w.fresh(role);
    await session.request({ method: 'POST', url: '/api/v1/me/totp/setup' });
    return own(session, { method: 'POST', url: '/api/v1/me/totp/enable', payload: { code: '000000' } });
  },
  'POST /api/v1/me/totp/disable': async (w, role, target) =>
    target === 'own'
      ? own(await w.fresh(role), { method: 'POST', url: '/api/v1/me/totp/disable', payload: { password: 'x' } })
      : null,
  'GET /api/v1/me/tokens': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/me/tokens' }) : null,
  'POST /api/v1/me/tokens': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], { method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'matrix' } })
      : null,
  'DELETE /api/v1/me/tokens/:id': async (w, role, target) => {
    // Own: a token of the caller. Other: a token of somebody else, which must be 404.
    const owner = target === 'own' ? w.sessions[role] : await w.fresh('admin');
    const created = await owner.request({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'to revoke' } });
    return own(w.sessions[role], { method: 'DELETE', url: `/api/v1/me/tokens/${created.json().id}` });
  },
  'GET /api/v1/institutions': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/institutions' }) : null,
  'GET /api/v1/institutions/:id': async (w, role, target) => {
    const id = institutionFor(w, role, target);
    return id ? own(w.sessions[role], { method: 'GET', url: `/api/v1/institutions/${id}` }) : null;
  },
  'GET /api/v1/institutions/export': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/institutions/export?format=csv' }) : null,
  'POST /api/v1/institutions': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'POST',
          url: '/api/v1/institutions',
          payload: {
            code: `M-${role.toUpperCase().replace('_', '-')}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
            name: 'IPWL Matriks Uji',
            type: 'ipwl',
            parentId: w.balaiB,
          },
        })
      : null,
  'PATCH /api/v1/institutions/:id': async (w, role, target) => {
    const id = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!id) return null;
    const session = w.sessions[role];
    const request = await withEtag(session, `/api/v1/institutions/${id}`, {
      method: 'PATCH',
      url: `/api/v1/institutions/${id}`,
      payload: { phone: '021 555 0101' },
    });
    return own(session, request);
  },
  'POST /api/v1/institutions/:id/designations': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'POST',
          url: `/api/v1/institutions/${await freshIpwl()}/designations`,
          payload: { decreeNumber: '12/HUK/2026', decreeDate: '2026-01-05', ministry: 'kemensos' },
        })
      : null,
  'POST /api/v1/institutions/:id/accreditations': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'POST',
          url: `/api/v1/institutions/${await freshIpwl()}/accreditations`,
          payload: { grade: 'A', issuer: 'BALKS', validFrom: '2025-01-01', validUntil: '2028-01-01' },
        })
      : null,
  'POST /api/v1/institutions/:id/suspension': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'POST',
          url: `/api/v1/institutions/${await freshIpwl()}/suspension`,
          payload: { reason: 'Temuan supervisi' },
        })
      : null,
  'DELETE /api/v1/institutions/:id/suspension': async (w, role, target) => {
    if (target === 'other') return null;
    const id = await freshIpwl();
    await w.sessions.admin.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/suspension`,
      payload: { reason: 'Temuan' },
    });
    return own(w.sessions[role], { method: 'DELETE', url: `/api/v1/institutions/${id}/suspension` });
  },
  'PUT /api/v1/institutions/:id/requirements/:requirement': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'PUT',
          url: `/api/v1/institutions/${await freshIpwl()}/requirements/legal_entity_lks`,
          payload: { met: true, evidence: 'AHU-0001' },
        })
      : null,
  'GET /api/v1/partnerships': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/partnerships?activeOnly=false' }) : null,
  'POST /api/v1/partnerships': async (w, role, target) => {
    const unitId =
      target === 'own' ? (role === 'balai_manager' ? w.balaiA : w.balaiB) : role === 'balai_manager' ? w.balaiB : null;
    if (!unitId) return null;
    return own(w.sessions[role], {
      method: 'POST',
      url: '/api/v1/partnerships',
      payload: { unitId, partnerId: await freshIpwl(), mouNumber: 'MoU/UJI/1', validFrom: '2026-01-01' },
    });
  },
  'POST /api/v1/partnerships/:id/end': async (w, role, target) => {
    const unitId =
      target === 'own' ? (role === 'balai_manager' ? w.balaiA : w.balaiB) : role === 'balai_manager' ? w.balaiB : null;
    if (!unitId) return null;
    const id = await buildPartnership(t.database.db, unitId, await freshIpwl());
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/partnerships/${id}/end`,
      headers: { 'if-match': '"1"' },
      payload: { validUntil: '2026-06-30' },
    });
  },
  'GET /api/v1/staff': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], { method: 'GET', url: '/api/v1/staff?includeFormer=true&limit=500' })
      : null,
  'GET /api/v1/staff/:id': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const { id } = await buildStaff(t.database.db, institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/staff/${id}` });
  },
  'POST /api/v1/staff': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    return own(w.sessions[role], {
      method: 'POST',
      url: '/api/v1/staff',
      payload: { institutionId, fullName: 'Tenaga Matriks', role: 'relawan', employedFrom: '2025-01-01' },
    });
  },
  'PATCH /api/v1/staff/:id': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const { id } = await buildStaff(t.database.db, institutionId);
    return own(w.sessions[role], {
      method: 'PATCH',
      url: `/api/v1/staff/${id}`,
      headers: { 'if-match': '"1"' },
      payload: { phone: '0812 3456 7890' },
    });
  },
  'POST /api/v1/staff/:id/certifications': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const { id } = await buildStaff(t.database.db, institutionId, { certifiedUntil: null });
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/staff/${id}/certifications`,
      payload: { type: 'pekerja_sosial', issuer: 'LSPS', issuedOn: '2025-01-01', validUntil: '2028-01-01' },
    });
  },
  'DELETE /api/v1/staff/:id/certifications/:certificationId': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const { id, certificationId } = await buildStaff(t.database.db, institutionId);
    return own(w.sessions[role], { method: 'DELETE', url: `/api/v1/staff/${id}/certifications/${certificationId}` });
  },
  'GET /api/v1/alerts': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/alerts' }) : null,
  'POST /api/v1/alerts/run': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'POST', url: '/api/v1/alerts/run' }) : null,
  'POST /api/v1/beneficiaries': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'POST',
          url: '/api/v1/beneficiaries',
          payload: {
            noNikReason: 'Tidak punya KTP',
            fullName: 'Orang Matriks',
            sex: 'F',
            birthDate: '1990-01-01',
            regionCode: '32.04.12',
          },
        })
      : null,
  'GET /api/v1/beneficiaries': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/beneficiaries?q=penerima' }) : null,
  'GET /api/v1/beneficiaries/duplicates': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'GET',
          url: '/api/v1/beneficiaries/duplicates?fullName=Penerima%20Uji&birthDate=1995-05-05&regionCode=32.04',
        })
      : null,
  'GET /api/v1/beneficiaries/:id': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildBeneficiary(t.database.db, institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/beneficiaries/${id}` });
  },
  'POST /api/v1/beneficiaries/:id/cases': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildBeneficiary(t.database.db, institutionId);
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/beneficiaries/${id}/cases`,
      payload: { intakeSource: 'self' },
    });
  },
  'GET /api/v1/cases': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/cases' }) : null,
  'GET /api/v1/cases/:id': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/cases/${id}` });
  },
  'POST /api/v1/cases/:id/transitions': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/cases/${id}/transitions`,
      headers: { 'if-match': '"1"' },
      payload: { action: 'start_screening' },
    });
  },
  'POST /api/v1/beneficiaries/:id/merge': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const keep = await buildBeneficiary(t.database.db, institutionId);
    const duplicate = await buildBeneficiary(t.database.db, institutionId);
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/beneficiaries/${keep}/merge`,
      payload: { duplicateId: duplicate },
    });
  },
  'GET /api/v1/beneficiaries/:id/consents': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildBeneficiary(t.database.db, institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/beneficiaries/${id}/consents` });
  },
  'GET /api/v1/beneficiaries/:id/disclosures': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildBeneficiary(t.database.db, institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/beneficiaries/${id}/disclosures` });
  },
  'POST /api/v1/beneficiaries/:id/consents': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildBeneficiary(t.database.db, institutionId);
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/beneficiaries/${id}/consents`,
      payload: { purpose: 'referral', categories: ['identity', 'case'], givenBy: 'person', givenOn: '2026-01-01' },
    });
  },
  'POST /api/v1/consents/:id/revoke': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildConsent(t.database.db, await buildBeneficiary(t.database.db, institutionId));
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/consents/${id}/revoke`,
      payload: { revokedOn: '2026-06-01' },
    });
  },
  'POST /api/v1/cases/:id/referrals': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const beneficiaryId = await buildBeneficiary(t.database.db, institutionId);
    await buildConsent(t.database.db, beneficiaryId);
    const caseId = await buildCase(t.database.db, beneficiaryId, institutionId);
    const receiver = await buildInstitution(t.database.db, { type: 'faskes' });
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/cases/${caseId}/referrals`,
      payload: { toInstitutionId: receiver.id, kind: 'service', reason: 'Rujukan rehabilitasi medis' },
    });
  },
  'GET /api/v1/referral-targets': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/referral-targets' }) : null,
  'GET /api/v1/referrals': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/referrals?direction=incoming' }) : null,
  'GET /api/v1/referrals/:id': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildReferral(
      t.database.db,
      institutionId,
      (await buildInstitution(t.database.db, { type: 'faskes' })).id,
    );
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/referrals/${id}` });
  },
  'POST /api/v1/referrals/:id/accept': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildReferral(
      t.database.db,
      (await buildInstitution(t.database.db, { type: 'ipwl' })).id,
      institutionId,
    );
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/referrals/${id}/accept`,
      headers: { 'if-match': '"1"' },
    });
  },
  'POST /api/v1/referrals/:id/decline': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildReferral(
      t.database.db,
      (await buildInstitution(t.database.db, { type: 'ipwl' })).id,
      institutionId,
    );
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/referrals/${id}/decline`,
      headers: { 'if-match': '"1"' },
      payload: { reason: 'Kapasitas penuh' },
    });
  },
  'POST /api/v1/referrals/:id/outcome': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const from = (await buildInstitution(t.database.db, { type: 'ipwl' })).id;
    const id = await buildReferral(t.database.db, from, institutionId, 'accepted');
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/referrals/${id}/outcome`,
      headers: { 'if-match': '"1"' },
      payload: { outcome: 'Layanan selesai' },
    });
  },
  'POST /api/v1/referrals/:id/cancel': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildReferral(
      t.database.db,
      institutionId,
      (await buildInstitution(t.database.db, { type: 'faskes' })).id,
    );
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/referrals/${id}/cancel`,
      headers: { 'if-match': '"1"' },
    });
  },
  'GET /api/v1/cases/:id/follow-ups': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/cases/${id}/follow-ups` });
  },
  'POST /api/v1/follow-ups/:id': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildFollowUp(t.database.db, institutionId);
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/follow-ups/${id}`,
      headers: { 'if-match': '"1"' },
      payload: {
        doneOn: '2026-02-03',
        substanceUse: 'none',
        workOrSchool: 'working',
        housing: 'stable',
        familyRelations: 'good',
        legalProblems: false,
      },
    });
  },
  'GET /api/v1/cases/:id/notes': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/cases/${id}/notes` });
  },
  'POST /api/v1/cases/:id/notes': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/cases/${id}/notes`,
      payload: { body: 'Catatan matriks' },
    });
  },
  'POST /api/v1/cases/:id/screenings': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], {
      method: 'POST',
      url: `/api/v1/cases/${id}/screenings`,
      payload: { instrument: 'assist-3.0', answers: { substances: {}, q8: 'never' } },
    });
  },
  'GET /api/v1/cases/:id/screenings': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/cases/${id}/screenings` });
  },
  'GET /api/v1/cases/:id/assessment': async (w, role, target) => {
    const institutionId = institutionFor(w, role, target);
    if (!institutionId) return null;
    const id = await buildCase(t.database.db, await buildBeneficiary(t.database.db, institutionId), institutionId);
    return own(w.sessions[role], { method: 'GET', url: `/api/v1/cases/${id}/assessment` });
  },
  'PUT /api/v1/cases/:id/assessment': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildCase(
      t.database.db,
      await buildBeneficiary(t.database.db, institutionId),
      institutionId,
      'further_assessment',
    );
    return own(w.sessions[role], {
      method: 'PUT',
      url: `/api/v1/cases/${id}/assessment`,
      payload: { domains: { medical: { rating: 4 } } },
    });
  },
  'POST /api/v1/cases/:id/assessment/complete': async (w, role, target) => {
    const institutionId = target === 'own' ? w.editable[role] : institutionFor(w, role, 'other');
    if (!institutionId) return null;
    const id = await buildCase(
      t.database.db,
      await buildBeneficiary(t.database.db, institutionId),
      institutionId,
      'further_assessment',
    );
    return own(w.sessions[role], { method: 'POST', url: `/api/v1/cases/${id}/assessment/complete` });
  },
  'GET /api/v1/worklist': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/worklist' }) : null,
  'GET /api/v1/users': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/users' }) : null,
  'GET /api/v1/users/:id': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: `/api/v1/users/${await userTarget()}` }) : null,
  'POST /api/v1/users': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'POST',
          url: '/api/v1/users',
          payload: {
            username: `matrix.${role}.${Math.random().toString(36).slice(2, 8)}`,
            displayName: 'Pengguna Matriks',
            role: 'pendamping',
            institutionId: w.ipwlA,
            password: 'rendang padang paling enak',
          },
        })
      : null,
  'PATCH /api/v1/users/:id': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'PATCH',
          url: `/api/v1/users/${await userTarget()}`,
          headers: { 'if-match': '"1"' },
          payload: { displayName: 'Nama Baru' },
        })
      : null,
  'POST /api/v1/users/:id/disable': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], { method: 'POST', url: `/api/v1/users/${await userTarget()}/disable` })
      : null,
  'POST /api/v1/users/:id/enable': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], { method: 'POST', url: `/api/v1/users/${await userTarget()}/enable` })
      : null,
  'POST /api/v1/users/:id/reset-password': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], {
          method: 'POST',
          url: `/api/v1/users/${await userTarget()}/reset-password`,
          payload: { newPassword: 'pisang goreng hangat sekali' },
        })
      : null,
  'POST /api/v1/users/:id/reset-totp': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], { method: 'POST', url: `/api/v1/users/${await userTarget()}/reset-totp` })
      : null,
  'GET /api/v1/audit-events': async (w, role, target) =>
    target === 'own' ? own(w.sessions[role], { method: 'GET', url: '/api/v1/audit-events?limit=5' }) : null,
  'GET /api/v1/audit-events/export': async (w, role, target) =>
    target === 'own'
      ? own(w.sessions[role], { method: 'GET', url: `/api/v1/audit-events/export?actorId=${uuid}` })
      : null,
};

const CORE_SET: SampleSet = {
  samples: CORE,
  // Out of scope, a body naming an institution the caller cannot see is refused as not found in the body (422).
  otherScopeStatus: { 'POST /api/v1/staff': 422 },
  passedChecks: {
    // Completing an empty assessment answers what is missing: the caller got through.
    'POST /api/v1/cases/:id/assessment/complete': [409],
    'POST /api/v1/me/totp/enable': [422],
    'POST /api/v1/me/totp/disable': [409],
  },
};

// Every module's samples; a module with routes adds its set here (`<module>.access.ts` beside its routes).
const SETS: SampleSet[] = [
  CORE_SET,
  caseloadAccess,
  instrumentsAccess,
  reportsAccess,
  PLANS_ACCESS,
  SERVICE_CATALOGUE_ACCESS,
  SERVICE_DELIVERY_ACCESS,
  DTKS_ACCESS,
  SOCIAL_AID_ACCESS,
  activitiesAccess,
  campaignsAccess,
  surveysAccess,
];
const SAMPLES: Record<string, Sample> = Object.assign({}, ...SETS.map((set) => set.samples));
const PASSED_CHECKS: Record<string, number[]> = Object.assign({}, ...SETS.map((set) => set.passedChecks ?? {}));
const OTHER_SCOPE_STATUS: Record<string, number> = Object.assign({}, ...SETS.map((set) => set.otherScopeStatus ?? {}));

function send(session: Session | null, request: InjectOptions): Promise<LightMyRequestResponse> {
  return session ? session.request(request) : t.app.inject(request);
}

function permitted(policy: RoutePolicy, role: Role): boolean {
  return policy === 'public' || policy === 'signed_in' || can(role, policy);
}

/** Institution ids in an answer that the role must not see. */
function leakedInstitutions(res: LightMyRequestResponse, role: Role): string[] {
  const visible = world.visible[role];
  if (visible === 'all') return [];
  // The other network must not appear at all. Within the caller's own network, an IPWL's answer may name its
  // supervising Balai (`parentId`, `parent: { id, code, name }`), but must not show the Balai's record itself.
  const otherNetwork = [world.balaiB, world.ipwlB].filter((id) => res.body.includes(id));
  const records = (id: string) =>
    res.body.split(`"id":"${id}"`).length - res.body.split(`"parent":{"id":"${id}"`).length;
  const ownNetwork = [world.balaiA, world.ipwlA].filter((id) => !visible.includes(id)).filter((id) => records(id) > 0);
  return [...otherNetwork, ...ownNetwork];
}

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  const balaiA = (await buildInstitution(db, { type: 'balai' })).id;
  const ipwlA = (await buildInstitution(db, { type: 'ipwl', parentId: balaiA, certified: true })).id;
  const balaiB = (await buildInstitution(db, { type: 'balai' })).id;
  const ipwlB = (await buildInstitution(db, { type: 'ipwl', parentId: balaiB, certified: true })).id;
  const institutionOf: Record<Role, string | null> = {
    admin: null,
    direktorat: null,
    inspektorat: null,
    pusdatin: null,
    balai_manager: balaiA,
    ipwl_manager: ipwlA,
    pendamping: ipwlA,
  };
  // Records of both networks that lists could leak: staff, partnerships, alerts.
  await buildStaff(db, ipwlA);
  await buildStaff(db, ipwlB);
  await buildPartnership(db, balaiA, ipwlA);
  await buildPartnership(db, balaiB, ipwlB);
  await buildCase(db, await buildBeneficiary(db, ipwlA), ipwlA);
  await buildCase(db, await buildBeneficiary(db, ipwlB), ipwlB);
  await buildReferral(db, ipwlB, balaiB);
  await buildReferral(db, ipwlA, balaiA);
  await runAlerts(db, { expiringDays: 90, clock: () => new Date() }, CLI_AUDIT_CONTEXT);
  const fresh = async (role: Role) =>
    (await signedInUser(t.app, db, { role, institutionId: institutionOf[role] })).session;
  const sessions = {} as Record<Role, Session>;
  for (const role of ROLES) sessions[role] = await fresh(role);
  world = {
    db,
    balaiA,
    ipwlA,
    balaiB,
    ipwlB,
    visible: {
      admin: 'all',
      direktorat: 'all',
      inspektorat: 'all',
      pusdatin: 'all',
      balai_manager: [balaiA, ipwlA],
      ipwl_manager: [ipwlA],
      pendamping: [ipwlA],
    },
    editable: {
      admin: ipwlB,
      direktorat: ipwlB,
      inspektorat: ipwlB,
      pusdatin: ipwlB,
      balai_manager: balaiA,
      ipwl_manager: ipwlA,
      pendamping: ipwlA,
    },
    sessions,
    fresh,
  };
});
afterAll(async () => {
  await t.close();
});

describe(`access matrix on ${testDatabaseKind}`, () => {
  test('every route has a policy and a sample in this test', () => {
    const keys = t.app.routeTable.map((route) => `${route.method} ${route.url}`);
    expect(keys.length).toBeGreaterThanOrEqual(20);
    expect(keys.filter((key) => !SAMPLES[key])).toStrictEqual([]);
    // No two modules give a sample for the same route (the later would hide the earlier).
    expect(SETS.reduce((sum, set) => sum + Object.keys(set.samples).length, 0)).toBe(Object.keys(SAMPLES).length);
    expect(Object.keys(SAMPLES).filter((key) => !keys.includes(key))).toStrictEqual([]);
  });

  test('anonymous callers get 401 on every route that is not public', async () => {
    const failures: string[] = [];
    for (const route of t.app.routeTable) {
      const sample = SAMPLES[`${route.method} ${route.url}`];
      const built = sample ? await sample(world, 'admin', 'own') : null;
      if (!built) continue;
      const res = await t.app.inject(built.request);
      const expected =
        route.policy === 'public' ? res.statusCode < 400 || res.statusCode === 401 : res.statusCode === 401;
      if (!expected || (route.policy !== 'public' && res.json().error?.code !== 'unauthenticated')) {
        failures.push(`${route.method} ${route.url}: ${res.statusCode}`);
      }
    }
    expect(failures).toStrictEqual([]);
  });

  test('every role x every route x own scope / other scope: allowed where the matrix says, 403 elsewhere, no leaks', async () => {
    const failures: string[] = [];
    let checks = 0;
    for (const route of t.app.routeTable) {
      const key = `${route.method} ${route.url}`;
      const sample = SAMPLES[key];
      if (!sample) continue;
      for (const role of ROLES) {
        for (const target of ['own', 'other'] as const) {
          const built = await sample(world, role, target);
          if (!built) continue;
          checks += 1;
          const res = await send(built.session, built.request);
          const status = res.statusCode;
          const label = `${key} as ${role} (${target}): ${status} ${res.body.slice(0, 160)}`;
          if (!permitted(route.policy, role)) {
            if (status !== 403 || res.json().error.code !== 'forbidden') failures.push(`expected 403: ${label}`);
            continue;
          }
          const passed = (status >= 200 && status < 300) || (PASSED_CHECKS[key] ?? []).includes(status);
          if (target === 'own' && !passed) failures.push(`expected success: ${label}`);
          const outside = OTHER_SCOPE_STATUS[key] ?? 404;
          if (target === 'other' && status !== outside) failures.push(`expected ${outside} outside scope: ${label}`);
          // The referral targets are the public directory of institutions by design: no record of a person.
          const leaks = key === 'GET /api/v1/referral-targets' ? [] : leakedInstitutions(res, role);
          if (leaks.length > 0) failures.push(`leaked ${leaks.join(', ')}: ${label}`);
        }
      }
    }
    expect(failures).toStrictEqual([]);
    expect(checks).toBeGreaterThan(ROLES.length * t.app.routeTable.length);
  }, 120_000);

  test('docs/permissions.md is generated from the same matrix and route table', () => {
    const file = join(API_ROOT, '..', '..', 'docs', 'permissions.md');
    const rendered = renderPermissionsDoc(t.app.routeTable as RouteEntry[]);
    if (process.env.ATENSI_UPDATE_DOCS === '1') writeFileSync(file, rendered);
    expect(readFileSync(file, 'utf8')).toBe(rendered);
  });
});

describe('a signed-in caller is never shown an institution outside their scope', () => {
  test('institution lists hold exactly the institutions each role reaches', async () => {
    for (const role of ROLES) {
      const res = await world.sessions[role].request({ method: 'GET', url: '/api/v1/institutions' });
      const ids = (res.json().items as { id: string }[]).map((item) => item.id);
      const visible = world.visible[role];
      if (visible === 'all') {
        expect(ids).toEqual(expect.arrayContaining([world.balaiA, world.ipwlA, world.balaiB, world.ipwlB]));
      } else if (role === 'balai_manager') {
        // The matrix above partnered the Balai with new IPWL: those join its network; the other network never.
        expect(ids).toEqual(expect.arrayContaining(visible));
        expect(ids).not.toContain(world.balaiB);
        expect(ids).not.toContain(world.ipwlB);
      } else {
        expect(ids.sort()).toStrictEqual([...visible].sort());
      }
    }
  });

  test('an unknown id and an out-of-scope id answer the same 404', async () => {
    const session = world.sessions.ipwl_manager;
    const unknown = await session.request({ method: 'GET', url: `/api/v1/institutions/${uuid}` });
    const outside = await session.request({ method: 'GET', url: `/api/v1/institutions/${world.ipwlB}` });
    expect(unknown.statusCode).toBe(404);
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toStrictEqual(unknown.json());
  });

  test('a user of a disabled account is signed out at once', async () => {
    const user = await buildUser(t.database.db, { role: 'direktorat' });
    const session = await signIn(t.app, user);
    const res = await world.sessions.admin.request({ method: 'POST', url: `/api/v1/users/${user.id}/disable` });
    expect(res.statusCode).toBe(200);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });
});
