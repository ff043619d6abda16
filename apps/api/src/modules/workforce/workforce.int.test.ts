import { Staff } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildUser, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let today = '2026-11-23';
let ipwl: { id: string };
let manager: Session;
let colleague: Session;

beforeAll(async () => {
  t = await buildTestApp(undefined, { clock: () => new Date(`${today}T12:00:00+07:00`) });
  const balai = await buildInstitution(t.database.db, { type: 'balai' });
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', parentId: balai.id });
  manager = (await signedInUser(t.app, t.database.db, { role: 'ipwl_manager', institutionId: ipwl.id })).session;
  colleague = (await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: ipwl.id })).session;
});
afterAll(async () => {
  await t.close();
});

const nik = () => `3204${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`;

async function hire(values: Record<string, unknown> = {}): Promise<Staff> {
  const res = await manager.request({
    method: 'POST',
    url: '/api/v1/staff',
    payload: {
      institutionId: ipwl.id,
      fullName: 'Dewi Lestari',
      role: 'pekerja_sosial',
      employedFrom: '2024-03-01',
      ...values,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return Staff.parse(res.json());
}

describe(`the workforce registry on ${testDatabaseKind}`, () => {
  test('a manager registers staff at their institution; the NIK is shown to managers, not to colleagues', async () => {
    const number = nik();
    const member = await hire({ nik: number });
    expect(member).toMatchObject({
      institutionId: ipwl.id,
      nik: number,
      isEmployed: true,
      certificationStatus: null,
      version: 1,
    });
    const seen = await colleague.request({ method: 'GET', url: `/api/v1/staff/${member.id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().nik).toBeNull();
    expect(seen.body).not.toContain(number);
    const again = await manager.request({
      method: 'POST',
      url: '/api/v1/staff',
      payload: {
        institutionId: ipwl.id,
        fullName: 'Orang Lain',
        role: 'relawan',
        employedFrom: '2024-01-01',
        nik: number,
      },
    });
    expect(again.statusCode).toBe(409);
  });

  test('bad input is refused on its field: NIK format, period, a user of another institution', async () => {
    const otherUser = await buildUser(t.database.db, { role: 'pendamping' });
    const cases: [Record<string, unknown>, string][] = [
      [{ nik: '12345' }, 'body.nik'],
      [{ employedUntil: '2020-01-01' }, 'body.employedUntil'],
      [{ userId: otherUser.id }, 'body.userId'],
    ];
    for (const [values, path] of cases) {
      const res = await manager.request({
        method: 'POST',
        url: '/api/v1/staff',
        payload: {
          institutionId: ipwl.id,
          fullName: 'Uji Salah',
          role: 'relawan',
          employedFrom: '2024-01-01',
          ...values,
        },
      });
      expect(res.statusCode, path).toBe(422);
      expect(res.json().error.details.map((detail: { path: string }) => detail.path)).toContain(path);
    }
  });

  test('certificate status at the boundaries, and the staff member’s status from their own profession', async () => {
    const member = await hire();
    const add = (values: Record<string, unknown>) =>
      manager.request({
        method: 'POST',
        url: `/api/v1/staff/${member.id}/certifications`,
        payload: { issuer: 'LSPS', issuedOn: '2024-01-01', ...values },
      });
    // A psychologist's certificate does not make a social worker certified.
    expect((await add({ type: 'psikolog', validUntil: '2030-01-01' })).json().certificationStatus).toBeNull();
    const withOwn = await add({ type: 'pekerja_sosial', level: 'generalis', validUntil: '2027-02-21' });
    expect(withOwn.statusCode).toBe(201);
    const statusOn = async (day: string) => {
      today = day;
      return (await manager.request({ method: 'GET', url: `/api/v1/staff/${member.id}` })).json().certificationStatus;
    };
    try {
      expect(await statusOn('2026-11-22')).toBe('active'); // 91 days left
      expect(await statusOn('2026-11-23')).toBe('expiring'); // 90 days left
      expect(await statusOn('2027-02-21')).toBe('expiring');
      expect(await statusOn('2027-02-22')).toBe('expired');
      const list = await manager.request({
        method: 'GET',
        url: `/api/v1/staff?certificationStatus=expired&institutionId=${ipwl.id}`,
      });
      expect(list.json().items.map((item: { id: string }) => item.id)).toContain(member.id);
    } finally {
      today = '2026-11-23';
    }
    const wrong = await add({ type: 'pekerja_sosial', issuedOn: '2026-01-01', validUntil: '2025-01-01' });
    expect(wrong.statusCode).toBe(422);
    const certificate = (withOwn.json() as Staff).certifications.find((item) => item.type === 'pekerja_sosial');
    const removed = await manager.request({
      method: 'DELETE',
      url: `/api/v1/staff/${member.id}/certifications/${certificate?.id}`,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().certificationStatus).toBeNull();
  });

  test('edits need If-Match; leaving sets employedUntil and hides the person from the current list', async () => {
    const member = await hire({ fullName: 'Agus Pratama' });
    const url = `/api/v1/staff/${member.id}`;
    expect((await manager.request({ method: 'PATCH', url, payload: { phone: '0812 0000 1111' } })).statusCode).toBe(
      400,
    );
    const left = await manager.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { employedUntil: '2026-10-31' },
    });
    expect(left.statusCode).toBe(200);
    expect(left.json()).toMatchObject({ isEmployed: false, version: 2 });
    const current = await manager.request({
      method: 'GET',
      url: `/api/v1/staff?institutionId=${ipwl.id}&q=Agus%20Pratama`,
    });
    expect(current.json().total).toBe(0);
    const former = await manager.request({
      method: 'GET',
      url: `/api/v1/staff?institutionId=${ipwl.id}&q=Agus%20Pratama&includeFormer=true`,
    });
    expect(former.json().total).toBe(1);
  });

  test('a Balai manager reads the staff of a supervised IPWL but does not change it; a social worker only reads', async () => {
    const member = await hire();
    const parent = await buildInstitution(t.database.db, { type: 'balai' });
    const child = await buildInstitution(t.database.db, { type: 'ipwl', parentId: parent.id });
    const { session: balaiManager } = await signedInUser(t.app, t.database.db, {
      role: 'balai_manager',
      institutionId: parent.id,
    });
    const created = await manager.request({
      method: 'POST',
      url: '/api/v1/staff',
      payload: { institutionId: child.id, fullName: 'Bukan Lembaganya', role: 'relawan', employedFrom: '2024-01-01' },
    });
    expect(created.statusCode).toBe(422);
    expect((await balaiManager.request({ method: 'GET', url: `/api/v1/staff/${member.id}` })).statusCode).toBe(404);
    const atChild = await balaiManager.request({
      method: 'POST',
      url: '/api/v1/staff',
      payload: { institutionId: child.id, fullName: 'Tenaga IPWL', role: 'relawan', employedFrom: '2024-01-01' },
    });
    expect(atChild.statusCode).toBe(403);
    const write = await colleague.request({
      method: 'PATCH',
      url: `/api/v1/staff/${member.id}`,
      headers: { 'if-match': '"1"' },
      payload: { phone: '0812 1111 2222' },
    });
    expect(write.statusCode).toBe(403);
  });

  test('every staff change is audited with field names only', async () => {
    const number = nik();
    const member = await hire({ nik: number, fullName: 'Nama Rahasia Sekali' });
    const rows = await t.database.withSession((s) =>
      s.query<{ action: string; changed_fields: string[]; details: unknown }>(
        `SELECT action, changed_fields, details FROM audit_events WHERE entity_id = $1`,
        [member.id],
      ),
    );
    expect(rows.map((row) => row.action)).toStrictEqual(['staff.create']);
    expect(rows[0]?.changed_fields).toContain('nik');
    expect(JSON.stringify(rows)).not.toContain(number);
    expect(JSON.stringify(rows)).not.toContain('Rahasia');
  });
});
