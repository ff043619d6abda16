import { Beneficiary, Case, composeNik } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, type Session, signedInUser } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
/** Today in WIB, as the API counts it (the app runs on the real clock here). */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
let worker: Session;
let ipwl: { id: string };
let serial = Math.floor(Math.random() * 5000) + 1000;
/** A NIK of a synthetic person no other test uses (the serial makes it unique per run and test). */
const nikFor = (sex: 'M' | 'F', birthDate: string) =>
  composeNik('32.04.12', sex, birthDate, String(++serial).padStart(4, '0'));

beforeAll(async () => {
  t = await buildTestApp();
  const balai = await buildInstitution(t.database.db, { type: 'balai' });
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', parentId: balai.id, certified: true });
  worker = (await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: ipwl.id })).session;
});
afterAll(async () => {
  await t.close();
});

const register = (payload: Record<string, unknown>, session: Session = worker) =>
  session.request({ method: 'POST', url: '/api/v1/beneficiaries', payload });

describe(`beneficiaries as the contract says, on ${testDatabaseKind}`, () => {
  test('201 with an id; the record reads back with its NIK, and is sealed in the database', async () => {
    const nik = nikFor('F', '1998-03-14');
    const res = await register({
      nik,
      fullName: 'Sri Wahyuni',
      sex: 'F',
      birthDate: '1998-03-14',
      regionCode: '320412',
      address: 'Jl. Melati No. 7, RT 02/RW 05',
      phone: '+62 812 3456 7890',
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = Beneficiary.parse(res.json());
    expect(created).toMatchObject({
      nik,
      nikMasked: `••••••••••••${nik.slice(12)}`,
      fullName: 'Sri Wahyuni',
      sex: 'F',
      regionCode: '32.04.12',
      address: 'Jl. Melati No. 7, RT 02/RW 05',
      phone: '+62 812 3456 7890',
      needsDocuments: false,
      registeredInstitutionId: ipwl.id,
      warnings: [],
    });
    const read = await worker.request({ method: 'GET', url: `/api/v1/beneficiaries/${created.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().nik).toBe(nik);

    // A dump of the table shows no NIK, phone or address in clear.
    const [row] = await t.database.withSession((s) =>
      s.query<Record<string, unknown>>('SELECT * FROM beneficiaries WHERE id = $1', [created.id]),
    );
    const dump = JSON.stringify(row);
    for (const secret of [nik, '812 3456', 'Melati']) expect(dump).not.toContain(secret);
    expect(dump).toContain('Sri Wahyuni');
  });

  test.each([
    ['a NIK of the wrong length', { nik: '32041254039' }, 'body.nik', 'NIK harus 16 angka.'],
    [
      'a NIK of the other sex',
      { nik: 'MALE' },
      'body.nik',
      'NIK tidak sesuai dengan jenis kelamin (untuk perempuan, tanggal lahir di NIK ditambah 40).',
    ],
    [
      'a NIK of another birth date',
      { nik: 'OTHER_DATE' },
      'body.nik',
      'NIK tidak sesuai dengan tanggal lahir yang diisi.',
    ],
    [
      'a NIK of a district that does not exist',
      { nik: 'UNKNOWN_DISTRICT' },
      'body.nik',
      'Kode kecamatan 99.99.99 di dalam NIK tidak ada dalam daftar wilayah Kemendagri.',
    ],
    ['neither NIK nor a reason', { nik: undefined }, 'body.noNikReason', 'Isi NIK, atau alasan tidak memiliki NIK.'],
    [
      'a province as residence',
      { regionCode: '32' },
      'body.regionCode',
      'Wilayah domisili minimal kecamatan (PP.KK.CC) atau desa/kelurahan.',
    ],
  ] as const)('%s is 422 on the field', async (_case, change, path, message) => {
    const birthDate = '1990-07-21';
    const valid = nikFor('F', birthDate);
    const nik =
      'nik' in change && change.nik === 'MALE'
        ? composeNik('32.04.12', 'M', birthDate, '0101')
        : 'nik' in change && change.nik === 'OTHER_DATE'
          ? composeNik('32.04.12', 'F', '1990-07-22', '0101')
          : 'nik' in change && change.nik === 'UNKNOWN_DISTRICT'
            ? composeNik('99.99.99', 'F', birthDate, '0101')
            : 'nik' in change
              ? change.nik
              : valid;
    const res = await register({
      fullName: 'Uji Validasi',
      sex: 'F',
      birthDate,
      regionCode: '32.04.12',
      ...change,
      nik,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('invalid');
    expect(res.json().error.details).toContainEqual({ path, message });
  });

  test('a NIK registered twice is 409 conflict naming the existing record for those who may see it', async () => {
    const nik = nikFor('M', '1985-11-02');
    const body = { nik, fullName: 'Budi Santoso', sex: 'M', birthDate: '1985-11-02', regionCode: '32.04.12' };
    const first = await register(body);
    expect(first.statusCode).toBe(201);
    const again = await register({ ...body, fullName: 'Budi S.' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'conflict', details: { existingId: first.json().id } });
    // At another institution the conflict is told, the record is not.
    const elsewhere = await buildInstitution(t.database.db, { type: 'ipwl', certified: true });
    const { session: stranger } = await signedInUser(t.app, t.database.db, {
      role: 'pendamping',
      institutionId: elsewhere.id,
    });
    const hidden = await register(body, stranger);
    expect(hidden.statusCode).toBe(409);
    expect(hidden.json().error.details).toBeUndefined();
  });

  test('without a NIK: a reason, the documents flag; a minor without guardian is flagged', async () => {
    const res = await register({
      noNikReason: 'Tunawisma, tidak memiliki dokumen kependudukan',
      fullName: 'Anak Jalanan Uji',
      sex: 'M',
      birthDate: '2011-04-01',
      regionCode: '31.75.10.1006',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      nik: null,
      needsDocuments: true,
      noNikReason: 'Tunawisma, tidak memiliki dokumen kependudukan',
      warnings: ['guardian_required', 'needs_documents'],
    });
  });

  test('search by exact NIK goes through the blind index; by name within scope only; every search is audited', async () => {
    const nik = nikFor('F', '2000-01-30');
    const created = (
      await register({
        nik,
        fullName: 'Ratna Kusumawati',
        sex: 'F',
        birthDate: '2000-01-30',
        regionCode: '32.04.12',
        aliases: ['Ratih', 'Nana'],
      })
    ).json();
    const byNik = await worker.request({ method: 'GET', url: `/api/v1/beneficiaries?nik=${nik}` });
    expect(byNik.json().items).toStrictEqual([
      expect.objectContaining({ id: created.id, nikMasked: `••••••••••••${nik.slice(12)}` }),
    ]);
    expect(byNik.body).not.toContain(nik);
    const byAlias = await worker.request({ method: 'GET', url: '/api/v1/beneficiaries?q=ratih' });
    expect(byAlias.json().items.map((item: { id: string }) => item.id)).toContain(created.id);
    // Any case, any part of the name; two aliases are never matched as one string.
    const byPart = await worker.request({ method: 'GET', url: '/api/v1/beneficiaries?q=KUSUMA' });
    expect(byPart.json().items.map((item: { id: string }) => item.id)).toContain(created.id);
    const acrossAliases = await worker.request({ method: 'GET', url: '/api/v1/beneficiaries?q=ratih%20nana' });
    expect(acrossAliases.json().items.map((item: { id: string }) => item.id)).not.toContain(created.id);
    const elsewhere = await buildInstitution(t.database.db, { type: 'ipwl' });
    const { session: stranger } = await signedInUser(t.app, t.database.db, {
      role: 'pendamping',
      institutionId: elsewhere.id,
    });
    expect(
      (await stranger.request({ method: 'GET', url: `/api/v1/beneficiaries?nik=${nik}` })).json().items,
    ).toStrictEqual([]);
    expect((await stranger.request({ method: 'GET', url: `/api/v1/beneficiaries/${created.id}` })).statusCode).toBe(
      404,
    );
    const audit = await t.database.withSession((s) =>
      s.query<{ details: { filters: string[] } }>(
        `SELECT details FROM audit_events WHERE action = 'beneficiary.search' ORDER BY occurred_at DESC LIMIT 1`,
      ),
    );
    expect(JSON.stringify(audit)).not.toContain(nik);
  });

  test('a search without any criterion is refused rather than listing everyone', async () => {
    const res = await worker.request({ method: 'GET', url: '/api/v1/beneficiaries' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].message).toBe(
      'Isi minimal satu kriteria pencarian: NIK, nama, wilayah atau tanggal lahir.',
    );
  });

  test('duplicate candidates: similar name, same birth date, same regency', async () => {
    await register({
      noNikReason: 'KTP hilang',
      fullName: 'Muhammad Rizky Pratama',
      sex: 'M',
      birthDate: '1993-08-17',
      regionCode: '32.04.12',
    });
    const res = await worker.request({
      method: 'GET',
      url: '/api/v1/beneficiaries/duplicates?fullName=M.%20Rizky%20Pratama&birthDate=1993-08-17&regionCode=32.04',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ fullName: 'Muhammad Rizky Pratama' });
    expect(res.json().items[0].similarity).toBeGreaterThan(0.3);
    const none = await worker.request({
      method: 'GET',
      url: '/api/v1/beneficiaries/duplicates?fullName=M.%20Rizky%20Pratama&birthDate=1993-08-18&regionCode=32.04',
    });
    expect(none.json().items).toStrictEqual([]);
  });

  test('every read of a record is audited in the same transaction, with no personal values', async () => {
    const created = (
      await register({
        noNikReason: 'Belum punya KTP',
        fullName: 'Yanto Audit',
        sex: 'M',
        birthDate: '1999-09-09',
        regionCode: '32.04.12',
      })
    ).json() as Beneficiary;
    await worker.request({ method: 'GET', url: `/api/v1/beneficiaries/${created.id}` });
    const rows = await t.database.withSession((s) =>
      s.query<{ action: string; details: unknown; changed_fields: string[] }>(
        'SELECT action, details, changed_fields FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, seq',
        [created.id],
      ),
    );
    expect(rows.map((row) => row.action)).toStrictEqual(['beneficiary.create', 'beneficiary.read']);
    expect(JSON.stringify(rows)).not.toContain('Yanto');
    expect(JSON.stringify(rows)).not.toContain('Belum punya KTP');
  });
});

describe(`cases as the contract says, on ${testDatabaseKind}`, () => {
  async function person(): Promise<string> {
    const res = await register({
      noNikReason: 'Dokumen hilang',
      fullName: 'Pasien Kasus',
      sex: 'M',
      birthDate: '1990-02-02',
      regionCode: '32.04.12',
    });
    return res.json().id;
  }

  test('POST /beneficiaries/:id/cases: 201 { id, status: "intake" }; GET /cases/:id answers it', async () => {
    const beneficiaryId = await person();
    const res = await worker.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
      payload: { intakeSource: 'family', report: { reporter: 'parent', reportedOn: '2026-11-20' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const opened = Case.parse(res.json());
    expect(opened).toMatchObject({ status: 'intake', beneficiaryId, institutionId: ipwl.id, intakeSource: 'family' });
    expect(opened.report?.cardNumber).toMatch(/^KLD\/T-[A-Z0-9-]+\/2026\/\d{5}$/);
    expect(opened.allowedActions).toStrictEqual(['start_screening', 'terminate']);
    const read = await worker.request({ method: 'GET', url: `/api/v1/cases/${opened.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: opened.id, status: 'intake' });
    const again = await worker.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
      payload: { intakeSource: 'self' },
    });
    expect(again.statusCode).toBe(409);
  });

  test('bad input: an unknown intake source is 422; an unknown person is 404', async () => {
    const beneficiaryId = await person();
    const bad = await worker.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
      payload: { intakeSource: 'tetangga' },
    });
    expect(bad.statusCode).toBe(422);
    const unknown = await worker.request({
      method: 'POST',
      url: '/api/v1/beneficiaries/01930000-0000-7000-8000-000000000000/cases',
      payload: { intakeSource: 'self' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  test('an IPWL without a current certification cannot open a case (409, with the reason)', async () => {
    const uncertified = await buildInstitution(t.database.db, { type: 'ipwl' });
    const { session } = await signedInUser(t.app, t.database.db, { role: 'pendamping', institutionId: uncertified.id });
    const beneficiaryId = (
      await register(
        {
          noNikReason: 'Dokumen hilang',
          fullName: 'Pasien Lain',
          sex: 'F',
          birthDate: '1992-02-02',
          regionCode: '32.04.12',
        },
        session,
      )
    ).json().id;
    const res = await session.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
      payload: { intakeSource: 'self' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toStrictEqual({ reason: 'not_certified' });
  });

  test('transitions follow the state machine; illegal ones are 409 with the reason; termination needs reason and date', async () => {
    const beneficiaryId = await person();
    const opened = (
      await worker.request({
        method: 'POST',
        url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
        payload: { intakeSource: 'outreach' },
      })
    ).json() as Case;
    const move = (payload: Record<string, unknown>, version: number) =>
      worker.request({
        method: 'POST',
        url: `/api/v1/cases/${opened.id}/transitions`,
        payload,
        headers: { 'if-match': `"${version}"` },
      });
    const screening = await move({ action: 'start_screening' }, 1);
    expect(screening.json()).toMatchObject({ status: 'screening', version: 2 });
    const illegal = await move({ action: 'start_service' }, 2);
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.details).toStrictEqual({ refusal: 'case.transition_not_allowed', status: 'screening' });
    const manualRoute = await move({ action: 'route_further_assessment' }, 2);
    expect(manualRoute.statusCode).toBe(422);
    const noReason = await move({ action: 'terminate', on: today }, 2);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    const stale = await move({ action: 'terminate', reason: 'dropped_out', on: today }, 1);
    const future = await move({ action: 'terminate', reason: 'dropped_out', on: '2999-01-01' }, 2);
    expect(future.statusCode).toBe(422);
    expect(future.json().error.details[0].path).toBe('body.on');
    expect(stale.statusCode).toBe(409);
    const terminated = await move(
      { action: 'terminate', reason: 'dropped_out', on: today, note: 'Tidak hadir 3 minggu' },
      2,
    );
    expect(terminated.json()).toMatchObject({
      status: 'terminated',
      terminationReason: 'dropped_out',
      terminatedOn: today,
    });
    expect(terminated.json().history.map((event: { action: string }) => event.action)).toStrictEqual([
      'open',
      'start_screening',
      'terminate',
    ]);
    // The note is sealed.
    const notes = await t.database.withSession((s) =>
      s.query<{ note_cipher: string }>(
        'SELECT note_cipher FROM case_events WHERE case_id = $1 AND note_cipher IS NOT NULL',
        [opened.id],
      ),
    );
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).not.toContain('Tidak hadir');
    // A new episode after the old one is linked to it.
    const next = await worker.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
      payload: { intakeSource: 'self' },
    });
    expect(next.json().previousCaseId).toBe(opened.id);
  });

  test('the Balai supervising the IPWL reads its cases; another network does not', async () => {
    const beneficiaryId = await person();
    const opened = (
      await worker.request({
        method: 'POST',
        url: `/api/v1/beneficiaries/${beneficiaryId}/cases`,
        payload: { intakeSource: 'police' },
      })
    ).json() as Case;
    const parentId = (
      await t.database.withSession((s) =>
        s.query<{ parent_id: string }>('SELECT parent_id FROM institutions WHERE id = $1', [ipwl.id]),
      )
    )[0]?.parent_id;
    const { session: balaiManager } = await signedInUser(t.app, t.database.db, {
      role: 'balai_manager',
      institutionId: parentId ?? null,
    });
    expect((await balaiManager.request({ method: 'GET', url: `/api/v1/cases/${opened.id}` })).statusCode).toBe(200);
    expect(
      (await balaiManager.request({ method: 'GET', url: `/api/v1/beneficiaries/${beneficiaryId}` })).statusCode,
    ).toBe(200);
    const other = await buildInstitution(t.database.db, { type: 'balai' });
    const { session: stranger } = await signedInUser(t.app, t.database.db, {
      role: 'balai_manager',
      institutionId: other.id,
    });
    expect((await stranger.request({ method: 'GET', url: `/api/v1/cases/${opened.id}` })).statusCode).toBe(404);
    const { session: direktorat } = await signedInUser(t.app, t.database.db, { role: 'direktorat' });
    expect((await direktorat.request({ method: 'GET', url: `/api/v1/cases/${opened.id}` })).statusCode).toBe(403);
    const mine = await worker.request({ method: 'GET', url: '/api/v1/cases?mine=true' });
    expect(mine.json().items.map((item: { id: string }) => item.id)).toContain(opened.id);
  });
});

describe(`merging duplicate registrations on ${testDatabaseKind}`, () => {
  test('a manager folds a duplicate in: cases and consents move, the NIK is taken over, both histories stay', async () => {
    const { session: manager } = await signedInUser(t.app, t.database.db, {
      role: 'ipwl_manager',
      institutionId: ipwl.id,
    });
    const nik = nikFor('M', '1991-12-12');
    const keep = (
      await register({
        noNikReason: 'KTP belum ditemukan',
        fullName: 'Andi Saputra',
        sex: 'M',
        birthDate: '1991-12-12',
        regionCode: '32.04.12',
      })
    ).json() as Beneficiary;
    const duplicate = (
      await register({ nik, fullName: 'Andi Saputra Jaya', sex: 'M', birthDate: '1991-12-12', regionCode: '32.04.12' })
    ).json() as Beneficiary;
    const opened = await worker.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${duplicate.id}/cases`,
      payload: { intakeSource: 'self' },
    });
    expect(opened.statusCode).toBe(201);

    expect(
      (
        await worker.request({
          method: 'POST',
          url: `/api/v1/beneficiaries/${keep.id}/merge`,
          payload: { duplicateId: duplicate.id },
        })
      ).statusCode,
    ).toBe(403);
    const merged = await manager.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${keep.id}/merge`,
      payload: { duplicateId: duplicate.id },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({
      id: keep.id,
      nik,
      needsDocuments: false,
      aliases: ['Andi Saputra Jaya'],
      mergedIntoId: null,
    });
    const folded = await manager.request({ method: 'GET', url: `/api/v1/beneficiaries/${duplicate.id}` });
    expect(folded.json()).toMatchObject({ mergedIntoId: keep.id, nik: null });
    const casesOfKept = await manager.request({ method: 'GET', url: `/api/v1/cases?beneficiaryId=${keep.id}` });
    expect(casesOfKept.json().items.map((item: { id: string }) => item.id)).toContain(opened.json().id);
    const byNik = await manager.request({ method: 'GET', url: `/api/v1/beneficiaries?nik=${nik}` });
    expect(byNik.json().items.map((item: { id: string }) => item.id)).toStrictEqual([keep.id]);
    const again = await manager.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${keep.id}/merge`,
      payload: { duplicateId: duplicate.id },
    });
    expect(again.statusCode).toBe(409);
  });

  test('two different NIKs are two people: refused', async () => {
    const { session: manager } = await signedInUser(t.app, t.database.db, {
      role: 'ipwl_manager',
      institutionId: ipwl.id,
    });
    const a = (
      await register({
        nik: nikFor('F', '1980-05-05'),
        fullName: 'Siti A',
        sex: 'F',
        birthDate: '1980-05-05',
        regionCode: '32.04.12',
      })
    ).json();
    const b = (
      await register({
        nik: nikFor('F', '1980-05-05'),
        fullName: 'Siti B',
        sex: 'F',
        birthDate: '1980-05-05',
        regionCode: '32.04.12',
      })
    ).json();
    const res = await manager.request({
      method: 'POST',
      url: `/api/v1/beneficiaries/${a.id}/merge`,
      payload: { duplicateId: b.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Kedua data memiliki NIK yang berbeda: ini bukan orang yang sama.');
  });
});
