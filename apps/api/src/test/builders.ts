import type { InstitutionType, LoginResult, Role } from '@atensi/contracts';
import { ROLE_DEFINITIONS } from '@atensi/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { followUps } from '../modules/aftercare/index.js';
import { hashPassword } from '../modules/auth/index.js';
import { beneficiaries } from '../modules/beneficiaries/index.js';
import { cases } from '../modules/cases/index.js';
import { consents } from '../modules/consents/index.js';
import { institutions, partnerships } from '../modules/institutions/index.js';
import { institutionAccreditations } from '../modules/institutions/institutions.table.js';
import { referrals } from '../modules/referrals/index.js';
import { users } from '../modules/users/index.js';
import { staff, staffCertifications } from '../modules/workforce/index.js';
import { FieldCipher } from '../platform/crypto/field-cipher.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';
import { testKeyRing, uniqueName } from './test-database.js';

// Builders make their own parents and unique data, so tests never depend on each other or on seed data.

export const TEST_PASSWORD = 'kata-sandi-uji-yang-panjang';
let cachedHash: Promise<string> | undefined;

export async function buildInstitution(
  db: Db,
  values: { type?: InstitutionType; parentId?: string | null; name?: string; certified?: boolean } = {},
): Promise<{ id: string; code: string; name: string; type: InstitutionType }> {
  const id = uuidv7();
  const code = uniqueName('T')
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '-');
  const row = {
    id,
    code,
    name: values.name ?? `Lembaga Uji ${code}`,
    type: values.type ?? 'ipwl',
    parentId: values.parentId ?? null,
  };
  await db.insert(institutions).values(row);
  if (values.certified) {
    await db.insert(institutionAccreditations).values({
      id: uuidv7(),
      institutionId: id,
      grade: 'A',
      issuer: 'BALKS',
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
    });
  }
  return row;
}

export type BuiltUser = { id: string; username: string; role: Role; institutionId: string | null; password: string };

/** A user of the role; institution roles get a fresh institution of a fitting type unless one is given. */
export async function buildUser(
  db: Db,
  values: {
    role?: Role;
    institutionId?: string | null;
    mustChangePassword?: boolean;
    status?: 'active' | 'disabled';
  } = {},
): Promise<BuiltUser> {
  const role = values.role ?? 'pendamping';
  let institutionId = values.institutionId ?? null;
  if (ROLE_DEFINITIONS[role].needsInstitution && !institutionId) {
    institutionId = (await buildInstitution(db, { type: role === 'balai_manager' ? 'balai' : 'ipwl' })).id;
  }
  if (!ROLE_DEFINITIONS[role].needsInstitution) institutionId = null;
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const id = uuidv7();
  const username = uniqueName('u').toLowerCase();
  await db.insert(users).values({
    id,
    username,
    displayName: 'Pengguna Uji',
    role,
    institutionId,
    passwordHash: await cachedHash,
    mustChangePassword: values.mustChangePassword ?? false,
    status: values.status ?? 'active',
  });
  return { id, username, role, institutionId, password: TEST_PASSWORD };
}

/**
 * The client address of this test file's sign-ins: random, so that failed sign-ins of one file (throttled per
 * address) never lock out another file on the shared PostgreSQL test database.
 */
export const TEST_ADDRESS = `10.${100 + Math.floor(Math.random() * 150)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** A signed-in browser: the session cookie and the CSRF token, added to every request it sends. */
export type Session = {
  cookie: string;
  csrfToken: string;
  login: LoginResult;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
};

export async function signIn(
  app: FastifyInstance,
  credentials: { username: string; password: string; totpCode?: string },
  headers: Record<string, string> = {},
): Promise<Session> {
  const { username, password, totpCode } = credentials;
  const payload = { username, password, ...(totpCode ? { totpCode } : {}) };
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload,
    headers,
    remoteAddress: TEST_ADDRESS,
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of a test user failed: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat().find((value) => value?.startsWith('atensi_session='));
  if (!setCookie) throw new Error('no session cookie');
  const cookie = setCookie.split(';')[0] ?? '';
  const login = res.json() as LoginResult;
  return {
    cookie,
    csrfToken: login.csrfToken,
    login,
    request: (options) =>
      app.inject({
        ...options,
        headers: { cookie, 'x-csrf-token': login.csrfToken, ...(options.headers as Record<string, string>) },
      }),
  };
}

/** A user of the role, signed in. */
export async function signedInUser(
  app: FastifyInstance,
  db: Db,
  values: Parameters<typeof buildUser>[1] = {},
): Promise<{ user: BuiltUser; session: Session }> {
  const user = await buildUser(db, values);
  return { user, session: await signIn(app, user) };
}

/** A personal API token of a signed-in user (Bearer: no cookie, no CSRF). */
export async function apiTokenOf(session: Session): Promise<string> {
  const res = await session.request({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'test' } });
  if (res.statusCode !== 201) throw new Error(`token creation failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { token: string }).token;
}

/** A staff member at an institution, with a current certificate of their profession unless told otherwise. */
export async function buildStaff(
  db: Db,
  institutionId: string,
  values: { role?: 'pekerja_sosial' | 'konselor_adiksi' | 'relawan'; certifiedUntil?: string | null } = {},
): Promise<{ id: string; certificationId: string | null }> {
  const id = uuidv7();
  const role = values.role ?? 'pekerja_sosial';
  await db.insert(staff).values({ id, institutionId, fullName: 'Tenaga Uji', role, employedFrom: '2020-01-01' });
  if (values.certifiedUntil === null || role === 'relawan') return { id, certificationId: null };
  const certificationId = uuidv7();
  await db.insert(staffCertifications).values({
    id: certificationId,
    staffId: id,
    type: role,
    issuer: 'LSPS',
    issuedOn: '2020-01-01',
    validUntil: values.certifiedUntil ?? '2099-12-31',
  });
  return { id, certificationId };
}

/** A partnership between a unit and a partner, from 2020 with no end. */
export async function buildPartnership(db: Db, unitId: string, partnerId: string): Promise<string> {
  const id = uuidv7();
  await db
    .insert(partnerships)
    .values({ id, unitId, partnerId, mouNumber: `MoU-${id.slice(-6)}`, validFrom: '2020-01-01' });
  return id;
}

const testCipher = new FieldCipher(testKeyRing());

/** A person registered at an institution, without a NIK (sealed as the API seals it). */
export async function buildBeneficiary(
  db: Db,
  institutionId: string,
  values: { fullName?: string } = {},
): Promise<string> {
  const id = uuidv7();
  await db.insert(beneficiaries).values({
    id,
    registeredInstitutionId: institutionId,
    noNikReasonCipher: testCipher.seal('beneficiaries.no_nik_reason', 'Tidak memiliki dokumen'),
    fullName: values.fullName ?? 'Penerima Uji',
    sex: 'M',
    birthDate: '1995-05-05',
    regionCode: '32.04.12',
  });
  return id;
}

/** A running case of a person at an institution (at intake unless told otherwise). */
export async function buildCase(
  db: Db,
  beneficiaryId: string,
  institutionId: string,
  status: 'intake' | 'further_assessment' = 'intake',
): Promise<string> {
  const id = uuidv7();
  await db.insert(cases).values({ id, beneficiaryId, institutionId, status, intakeSource: 'self' });
  return id;
}

/** A consent of a person to referrals to any institution, valid from 2020 with no end. */
export async function buildConsent(db: Db, beneficiaryId: string): Promise<string> {
  const id = uuidv7();
  await db.insert(consents).values({
    id,
    beneficiaryId,
    purpose: 'referral',
    categories: ['identity', 'case'],
    givenBy: 'person',
    givenOn: '2020-01-01',
  });
  return id;
}

/** A referral of a (new) case at `from` to `to`, in the given state. */
export async function buildReferral(
  db: Db,
  from: string,
  to: string,
  status: 'pending' | 'accepted' = 'pending',
): Promise<string> {
  const beneficiaryId = await buildBeneficiary(db, from);
  const caseId = await buildCase(db, beneficiaryId, from);
  const id = uuidv7();
  await db.insert(referrals).values({
    id,
    caseId,
    fromInstitutionId: from,
    toInstitutionId: to,
    kind: 'service',
    reasonCipher: testCipher.seal('referrals.reason', 'Rujukan uji') ?? '',
    consentId: await buildConsent(db, beneficiaryId),
    status,
    dueOn: '2099-01-01',
  });
  return id;
}

/** A follow-up due of a case in aftercare at an institution. */
export async function buildFollowUp(db: Db, institutionId: string): Promise<string> {
  const beneficiaryId = await buildBeneficiary(db, institutionId);
  const caseId = uuidv7();
  await db.insert(cases).values({
    id: caseId,
    beneficiaryId,
    institutionId,
    status: 'aftercare',
    intakeSource: 'self',
    terminationReason: 'completed',
    terminatedOn: '2026-01-01',
  });
  const id = uuidv7();
  await db.insert(followUps).values({ id, caseId, monthsAfter: 1, dueOn: '2026-02-01' });
  return id;
}
