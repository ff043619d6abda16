import { InstitutionDetail } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildPartnership, buildStaff, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
/** The clock of the app: moved by the tests to check dates at their boundaries (WIB midday of the day). */
let today = '2026-11-23';
const setToday = (day: string) => {
  today = day;
};
let direktorat: Session;
let balai: { id: string };
let ipwl: { id: string };

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date(`${today}T12:00:00+07:00`) });
  direktorat = (await signedInUser(t.app, t.database.db, { role: 'direktorat' })).session;
  const directorate = await buildInstitution(t.database.db, { type: 'direktorat' });
  balai = await buildInstitution(t.database.db, { type: 'balai', parentId: directorate.id });
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', parentId: balai.id });
});
afterAll(async () => {
  await t.close();
});

const code = () => `UJI-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

async function createIpwl(
  session: Session = direktorat,
  extra: Record<string, unknown> = {},
): Promise<InstitutionDetail> {
  const res = await session.request({
    method: 'POST',
    url: '/api/v1/institutions',
    payload: { code: code(), name: 'IPWL Yayasan Uji Pulih', type: 'ipwl', parentId: balai.id, ...extra },
  });
  expect(res.statusCode).toBe(201);
  return InstitutionDetail.parse(res.json());
}

async function detail(id: string, session: Session = direktorat) {
  const res = await session.request({ method: 'GET', url: `/api/v1/institutions/${id}` });
  return { res, body: res.json() as InstitutionDetail };
}

describe(`the institutions registry on ${testDatabaseKind}`, () => {
  test('the Directorate registers an IPWL: profile, first history period, not yet certified', async () => {
    const created = await createIpwl(direktorat, {
      code: ` ipwl-baru-${Math.random().toString(36).slice(2, 6)} `,
      regionCode: '3204',
      capacityResidential: 20,
      components: ['terapi', 'dukungan_keluarga', 'terapi'],
      settings: ['residential'],
      validFrom: '2024-02-01',
    });
    expect(created.code).toMatch(/^IPWL-BARU-/);
    expect(created).toMatchObject({
      type: 'ipwl',
      regionCode: '32.04',
      provinceCode: '32',
      parent: { id: balai.id },
      components: ['terapi', 'dukungan_keluarga'],
      certificationStatus: null,
      canAdmitCases: false,
      admissionBlockedReason: 'not_certified',
      isActive: true,
      version: 1,
    });
    expect(created.history).toStrictEqual([
      {
        validFrom: '2024-02-01',
        validUntil: null,
        name: 'IPWL Yayasan Uji Pulih',
        parentId: balai.id,
        parentName: expect.any(String),
        reason: null,
      },
    ]);
    expect(created.requirements.map((item) => item.requirement)).toHaveLength(6);
  });

  test('bad input: a taken code is 409; an unknown region, a wrong parent type or a bad phone is 422 on the field', async () => {
    const first = await createIpwl();
    const taken = await direktorat.request({
      method: 'POST',
      url: '/api/v1/institutions',
      payload: { code: first.code, name: 'Lain', type: 'ipwl' },
    });
    expect(taken.statusCode).toBe(409);
    const cases: [Record<string, unknown>, string][] = [
      [{ regionCode: '99.99' }, 'body.regionCode'],
      [{ parentId: first.id }, 'body.parentId'],
      [{ phone: 'telepon saya' }, 'body.phone'],
    ];
    for (const [extra, path] of cases) {
      const res = await direktorat.request({
        method: 'POST',
        url: '/api/v1/institutions',
        payload: { code: code(), name: 'IPWL Salah', type: 'ipwl', ...extra },
      });
      expect(res.statusCode, path).toBe(422);
      expect(res.json().error.details.map((detail: { path: string }) => detail.path)).toContain(path);
    }
  });

  test('a renaming keeps the old name in the history, with its period and reason; the version guards edits', async () => {
    const created = await createIpwl(direktorat, { validFrom: '2020-01-01' });
    const url = `/api/v1/institutions/${created.id}`;
    const renamed = await direktorat.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { name: 'IPWL Yayasan Uji Bangkit', changeReason: 'Perubahan akta yayasan', effectiveOn: '2025-07-01' },
    });
    expect(renamed.statusCode).toBe(200);
    const body = InstitutionDetail.parse(renamed.json());
    expect(body.name).toBe('IPWL Yayasan Uji Bangkit');
    expect(
      body.history.map(({ validFrom, validUntil, name, reason }) => ({ validFrom, validUntil, name, reason })),
    ).toStrictEqual([
      { validFrom: '2025-07-01', validUntil: null, name: 'IPWL Yayasan Uji Bangkit', reason: 'Perubahan akta yayasan' },
      { validFrom: '2020-01-01', validUntil: '2025-06-30', name: 'IPWL Yayasan Uji Pulih', reason: null },
    ]);
    const stale = await direktorat.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { phone: '021 1234 567' },
    });
    expect(stale.statusCode).toBe(409);
    const early = await direktorat.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"2"' },
      payload: { name: 'Terlalu Awal', effectiveOn: '2025-07-01' },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details[0].path).toBe('body.effectiveOn');
    const audit = await t.database.withSession((s) =>
      s.query<{ changed_fields: string[] }>(
        `SELECT changed_fields FROM audit_events WHERE entity_id = $1 AND action = 'institution.update'`,
        [created.id],
      ),
    );
    expect(audit.map((row) => row.changed_fields)).toStrictEqual([['name']]);
  });

  test('managers edit their own institution only; parent and closing belong to national roles', async () => {
    const own = await buildInstitution(t.database.db, { type: 'ipwl', parentId: balai.id });
    const { session: ipwlManager } = await signedInUser(t.app, t.database.db, {
      role: 'ipwl_manager',
      institutionId: own.id,
    });
    const { session: balaiManager } = await signedInUser(t.app, t.database.db, {
      role: 'balai_manager',
      institutionId: balai.id,
    });
    const phone = await ipwlManager.request({
      method: 'PATCH',
      url: `/api/v1/institutions/${own.id}`,
      headers: { 'if-match': '"1"' },
      payload: { phone: '0274 555 123' },
    });
    expect(phone.statusCode).toBe(200);
    const reparent = await ipwlManager.request({
      method: 'PATCH',
      url: `/api/v1/institutions/${own.id}`,
      headers: { 'if-match': '"2"' },
      payload: { parentId: null },
    });
    expect(reparent.statusCode).toBe(403);
    // The Balai manager sees the IPWL it supervises but does not edit it.
    expect((await detail(own.id, balaiManager)).res.statusCode).toBe(200);
    const notTheirs = await balaiManager.request({
      method: 'PATCH',
      url: `/api/v1/institutions/${own.id}`,
      headers: { 'if-match': '"2"' },
      payload: { phone: '0274 555 999' },
    });
    expect(notTheirs.statusCode).toBe(403);
    const outside = await ipwlManager.request({
      method: 'PATCH',
      url: `/api/v1/institutions/${ipwl.id}`,
      headers: { 'if-match': '"1"' },
      payload: { phone: '0274 555 999' },
    });
    expect(outside.statusCode).toBe(404);
  });

  test('closing a unit takes it out of the directory (unless asked) and stops admissions', async () => {
    const created = await createIpwl();
    const closed = await direktorat.request({
      method: 'PATCH',
      url: `/api/v1/institutions/${created.id}`,
      headers: { 'if-match': '"1"' },
      payload: { closedOn: today },
    });
    expect(closed.json()).toMatchObject({ isActive: false, canAdmitCases: false, admissionBlockedReason: 'closed' });
    const list = await direktorat.request({ method: 'GET', url: '/api/v1/institutions?type=ipwl' });
    expect(list.json().items.map((item: { id: string }) => item.id)).not.toContain(created.id);
    const all = await direktorat.request({ method: 'GET', url: '/api/v1/institutions?type=ipwl&includeInactive=true' });
    expect(all.json().items.map((item: { id: string }) => item.id)).toContain(created.id);
  });
});

describe('certification status at its boundaries (fixed clock, 90-day window)', () => {
  test('active, expiring from 90 days before the last day, expired the day after; renewal restores it', async () => {
    const created = await createIpwl();
    const accredit = await direktorat.request({
      method: 'POST',
      url: `/api/v1/institutions/${created.id}/accreditations`,
      payload: { grade: 'B', issuer: 'BALKS', validFrom: '2024-04-01', validUntil: '2027-03-31' },
    });
    expect(accredit.statusCode).toBe(201);
    const statusOn = async (day: string) => {
      setToday(day);
      const { body } = await detail(created.id);
      return [body.certificationStatus, body.canAdmitCases, body.admissionBlockedReason];
    };
    try {
      expect(await statusOn('2026-12-30')).toStrictEqual(['active', true, null]);
      expect(await statusOn('2026-12-31')).toStrictEqual(['expiring', true, null]);
      expect(await statusOn('2027-03-31')).toStrictEqual(['expiring', true, null]);
      expect(await statusOn('2027-04-01')).toStrictEqual(['expired', false, 'certification_expired']);
      const filtered = await direktorat.request({
        method: 'GET',
        url: '/api/v1/institutions?certificationStatus=expired',
      });
      expect(filtered.json().items.map((item: { id: string }) => item.id)).toContain(created.id);
      await direktorat.request({
        method: 'POST',
        url: `/api/v1/institutions/${created.id}/accreditations`,
        payload: { grade: 'A', issuer: 'BALKS', validFrom: '2027-04-01', validUntil: '2030-03-31' },
      });
      expect(await statusOn('2027-04-01')).toStrictEqual(['active', true, null]);
    } finally {
      setToday('2026-11-23');
    }
  });

  test('an accreditation ending before it starts is refused', async () => {
    const created = await createIpwl();
    const res = await direktorat.request({
      method: 'POST',
      url: `/api/v1/institutions/${created.id}/accreditations`,
      payload: { grade: 'B', issuer: 'BALKS', validFrom: '2027-01-01', validUntil: '2026-01-01' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toBe('body.validUntil');
  });

  test('suspension: suspended at once, no admissions, 409 twice; lifting restores the status', async () => {
    const created = await createIpwl();
    await direktorat.request({
      method: 'POST',
      url: `/api/v1/institutions/${created.id}/accreditations`,
      payload: { grade: 'B', issuer: 'BALKS', validFrom: '2025-01-01', validUntil: '2029-01-01' },
    });
    const url = `/api/v1/institutions/${created.id}/suspension`;
    const suspended = await direktorat.request({ method: 'POST', url, payload: { reason: 'Temuan supervisi berat' } });
    expect(suspended.json()).toMatchObject({
      certificationStatus: 'suspended',
      canAdmitCases: false,
      admissionBlockedReason: 'suspended',
    });
    expect((await direktorat.request({ method: 'POST', url, payload: { reason: 'Lagi' } })).statusCode).toBe(409);
    const lifted = await direktorat.request({ method: 'DELETE', url });
    expect(lifted.json()).toMatchObject({ certificationStatus: 'active', canAdmitCases: true });
    expect(lifted.json().suspensions[0]).toMatchObject({ reason: 'Temuan supervisi berat', liftedOn: today });
    expect((await direktorat.request({ method: 'DELETE', url })).statusCode).toBe(409);
  });

  test('IPWL requirements: recorded with evidence; the staffing ones are derived from certified staff', async () => {
    const created = await createIpwl();
    const base = `/api/v1/institutions/${created.id}/requirements`;
    const set = await direktorat.request({
      method: 'PUT',
      url: `${base}/legal_entity_lks`,
      payload: { met: true, evidence: 'AHU-0012345.AH.01.04' },
    });
    expect(set.statusCode).toBe(200);
    const requirement = (body: InstitutionDetail, name: string) =>
      body.requirements.find((item) => item.requirement === name);
    expect(requirement(set.json(), 'legal_entity_lks')).toMatchObject({
      met: true,
      derived: false,
      evidence: 'AHU-0012345.AH.01.04',
    });
    expect(requirement(set.json(), 'certified_social_worker')).toMatchObject({ met: false, derived: true });
    await buildStaff(t.database.db, created.id, { role: 'pekerja_sosial', certifiedUntil: '2030-01-01' });
    await buildStaff(t.database.db, created.id, { role: 'konselor_adiksi', certifiedUntil: '2020-06-01' });
    const { body } = await detail(created.id);
    expect(requirement(body, 'certified_social_worker')?.met).toBe(true);
    expect(requirement(body, 'addiction_counsellor')?.met).toBe(false);
    expect(body.staffCount).toBe(2);
    expect(
      (await direktorat.request({ method: 'PUT', url: `${base}/addiction_counsellor`, payload: { met: true } }))
        .statusCode,
    ).toBe(409);
    const onBalai = await direktorat.request({
      method: 'PUT',
      url: `/api/v1/institutions/${balai.id}/requirements/legal_entity_lks`,
      payload: { met: true },
    });
    expect(onBalai.statusCode).toBe(409);
  });
});

describe('partnerships make the network a query', () => {
  test('a Balai manager records an MoU with an IPWL, which joins their scope until it ends', async () => {
    const unit = await buildInstitution(t.database.db, { type: 'balai' });
    const partner = await buildInstitution(t.database.db, { type: 'ipwl' });
    const { session: manager } = await signedInUser(t.app, t.database.db, {
      role: 'balai_manager',
      institutionId: unit.id,
    });
    expect((await detail(partner.id, manager)).res.statusCode).toBe(404);
    const created = await manager.request({
      method: 'POST',
      url: '/api/v1/partnerships',
      payload: {
        unitId: unit.id,
        partnerId: partner.id,
        mouNumber: 'MoU/01/2026',
        validFrom: '2026-01-01',
        scope: 'Rujukan',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      unitId: unit.id,
      partnerId: partner.id,
      isActive: true,
      partnerType: 'ipwl',
    });
    expect((await detail(partner.id, manager)).res.statusCode).toBe(200);
    const overlap = await manager.request({
      method: 'POST',
      url: '/api/v1/partnerships',
      payload: { unitId: unit.id, partnerId: partner.id, mouNumber: 'MoU/02/2026', validFrom: '2026-06-01' },
    });
    expect(overlap.statusCode).toBe(409);
    const list = await manager.request({ method: 'GET', url: `/api/v1/partnerships?institutionId=${partner.id}` });
    expect(list.json().items).toHaveLength(1);
    const ended = await manager.request({
      method: 'POST',
      url: `/api/v1/partnerships/${created.json().id}/end`,
      headers: { 'if-match': '"1"' },
      payload: { validUntil: '2026-11-22' },
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().isActive).toBe(false);
    expect((await detail(partner.id, manager)).res.statusCode).toBe(404);
  });

  test('a partnership is between a Balai/Loka and a partner; a manager cannot sign for another unit', async () => {
    const other = await buildInstitution(t.database.db, { type: 'balai' });
    const partner = await buildInstitution(t.database.db, { type: 'ipwl' });
    const wrongUnit = await direktorat.request({
      method: 'POST',
      url: '/api/v1/partnerships',
      payload: { unitId: partner.id, partnerId: other.id, mouNumber: 'MoU/X', validFrom: '2026-01-01' },
    });
    expect(wrongUnit.statusCode).toBe(422);
    expect(wrongUnit.json().error.details[0].path).toBe('body.unitId');
    const { session: manager } = await signedInUser(t.app, t.database.db, {
      role: 'balai_manager',
      institutionId: balai.id,
    });
    await buildPartnership(t.database.db, balai.id, partner.id);
    const forOther = await manager.request({
      method: 'POST',
      url: '/api/v1/partnerships',
      payload: { unitId: other.id, partnerId: partner.id, mouNumber: 'MoU/Y', validFrom: '2026-01-01' },
    });
    expect(forOther.statusCode).toBe(404);
  });
});

describe('the directory export', () => {
  test('CSV with a BOM and a header, only the institutions in scope; XLSX is a real workbook', async () => {
    const own = await buildInstitution(t.database.db, { type: 'ipwl', name: '=IPWL Ekspor Uji' });
    const { session: manager } = await signedInUser(t.app, t.database.db, {
      role: 'ipwl_manager',
      institutionId: own.id,
    });
    const csv = await manager.request({ method: 'GET', url: '/api/v1/institutions/export?format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="atensi-lembaga-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('kode,nama,jenis,induk,kode_provinsi,kode_wilayah,status_sertifikasi,berlaku_sampai,aktif');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'=IPWL Ekspor Uji");
    const xlsx = await direktorat.request({ method: 'GET', url: '/api/v1/institutions/export?format=xlsx&type=balai' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
