import { User } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInstitution, buildUser, type Session, signedInUser, signIn, TEST_ADDRESS } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let admin: Session;
let adminId: string;
let ipwl: { id: string; code: string };
let balai: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  const signed = await signedInUser(t.app, t.database.db, { role: 'admin' });
  admin = signed.session;
  adminId = signed.user.id;
  balai = await buildInstitution(t.database.db, { type: 'balai' });
  ipwl = await buildInstitution(t.database.db, { type: 'ipwl', parentId: balai.id });
});
afterAll(async () => {
  await t.close();
});

const create = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  admin.request({ method: 'POST', url: '/api/v1/users', payload, headers });

const newUsername = () => `pengguna.${Math.random().toString(36).slice(2, 10)}`;

describe(`user administration on ${testDatabaseKind}`, () => {
  test('an admin creates a pendamping at an IPWL; the first password must be changed at first sign-in', async () => {
    const username = newUsername();
    const res = await create({
      username,
      displayName: 'Siti Rahayu',
      role: 'pendamping',
      institutionId: ipwl.id,
      password: 'jalan kaki ke pasar pagi',
    });
    expect(res.statusCode).toBe(201);
    const user = User.parse(res.json());
    expect(user).toMatchObject({
      username,
      role: 'pendamping',
      institutionId: ipwl.id,
      institution: { id: ipwl.id, code: ipwl.code },
      status: 'active',
      mustChangePassword: true,
      version: 1,
    });
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/users/${user.id}`);
    expect(res.body).not.toContain('jalan kaki');
    const session = await signIn(t.app, { username, password: 'jalan kaki ke pasar pagi' });
    const me = await session.request({ method: 'GET', url: '/api/v1/me' });
    expect(me.json().pendingActions).toStrictEqual(['change_password']);
  });

  test('usernames are unique regardless of case: 409 conflict', async () => {
    const username = newUsername();
    const payload = { username, displayName: 'A', role: 'direktorat', password: 'bakso malang enak sekali' };
    expect((await create(payload)).statusCode).toBe(201);
    const again = await create({ ...payload, username: username.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  test.each([
    ['an institution role without an institution', { role: 'ipwl_manager' }, 'Peran ini wajib memiliki lembaga.'],
    [
      'a national role with an institution',
      { role: 'direktorat', institutionId: 'IPWL' },
      'Peran nasional tidak terikat pada lembaga.',
    ],
    [
      'an IPWL manager placed at a Balai',
      { role: 'ipwl_manager', institutionId: 'BALAI' },
      'Peran ipwl_manager tidak dapat ditempatkan di lembaga jenis balai.',
    ],
    [
      'an institution that does not exist',
      { role: 'pendamping', institutionId: '01930000-0000-7000-8000-000000000000' },
      'Lembaga tidak ditemukan.',
    ],
  ] as [string, { role: string; institutionId?: string }, string][])(
    '%s is refused (422, body.institutionId)',
    async (_case, values, message) => {
      const institutionId =
        values.institutionId === 'IPWL' ? ipwl.id : values.institutionId === 'BALAI' ? balai.id : values.institutionId;
      const res = await create({
        username: newUsername(),
        displayName: 'Uji',
        password: 'nasi uduk betawi pagi',
        ...values,
        ...(institutionId ? { institutionId } : {}),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details).toStrictEqual([{ path: 'body.institutionId', message }]);
    },
  );

  test('a common first password is refused', async () => {
    const res = await create({
      username: newUsername(),
      displayName: 'Uji',
      role: 'direktorat',
      password: 'qwertyuiop',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toBe('body.password');
  });

  test('edits need If-Match; a stale version is 409 with the current version', async () => {
    const target = await buildUser(t.database.db, { role: 'pendamping', institutionId: ipwl.id });
    const url = `/api/v1/users/${target.id}`;
    const read = await admin.request({ method: 'GET', url });
    expect(read.headers.etag).toBe('"1"');
    const missing = await admin.request({ method: 'PATCH', url, payload: { displayName: 'Baru' } });
    expect(missing.statusCode).toBe(400);
    const ok = await admin.request({
      method: 'PATCH',
      url,
      payload: { displayName: 'Baru' },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: 'Baru', version: 2 });
    const stale = await admin.request({
      method: 'PATCH',
      url,
      payload: { displayName: 'Lain' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toStrictEqual({ reason: 'stale', currentVersion: 2 });
  });

  test('moving a user to another role and institution ends their sessions', async () => {
    const target = await buildUser(t.database.db, { role: 'pendamping', institutionId: ipwl.id });
    const session = await signIn(t.app, target);
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${target.id}`,
      payload: { role: 'balai_manager', institutionId: balai.id },
      headers: { 'if-match': '"1"' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'balai_manager', institutionId: balai.id });
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  test('an admin cannot disable themselves or change their own role, and the last admin stays', async () => {
    const self = await admin.request({ method: 'POST', url: `/api/v1/users/${adminId}/disable` });
    expect(self.statusCode).toBe(409);
    const role = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${adminId}`,
      payload: { role: 'direktorat' },
      headers: { 'if-match': '"1"' },
    });
    expect(role.statusCode).toBe(409);
  });

  test('reset password: sessions end, API tokens are revoked, and the new password must be changed', async () => {
    const { user, session } = await signedInUser(t.app, t.database.db, { role: 'inspektorat' });
    const token = (await session.request({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'x' } })).json()
      .token;
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/users/${user.id}/reset-password`,
      payload: { newPassword: 'es teler di siang bolong' },
    });
    expect(res.statusCode).toBe(204);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const bearer = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.statusCode).toBe(401);
    const again = await signIn(t.app, { username: user.username, password: 'es teler di siang bolong' });
    expect((await again.request({ method: 'GET', url: '/api/v1/me' })).json().pendingActions).toStrictEqual([
      'change_password',
    ]);
  });

  test('list filters by role, status and text; disabled users cannot sign in; enable restores them', async () => {
    const target = await buildUser(t.database.db, { role: 'pusdatin' });
    const disabled = await admin.request({ method: 'POST', url: `/api/v1/users/${target.id}/disable` });
    expect(disabled.json().status).toBe('disabled');
    const list = await admin.request({
      method: 'GET',
      url: `/api/v1/users?role=pusdatin&status=disabled&q=${target.username}`,
    });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: target.id }] });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: target.username, password: target.password },
      remoteAddress: TEST_ADDRESS,
    });
    expect(refused.statusCode).toBe(401);
    const enabled = await admin.request({ method: 'POST', url: `/api/v1/users/${target.id}/enable` });
    expect(enabled.json().status).toBe('active');
    await signIn(t.app, target);
  });

  test('every change is audited with the field names, never the values', async () => {
    const target = await buildUser(t.database.db, { role: 'pendamping', institutionId: ipwl.id });
    await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${target.id}`,
      payload: { displayName: 'Nama Sangat Rahasia' },
      headers: { 'if-match': '"1"' },
    });
    const rows = await t.database.withSession((s) =>
      s.query<{ action: string; actor_id: string; changed_fields: string[]; details: unknown }>(
        `SELECT action, actor_id, changed_fields, details FROM audit_events WHERE entity_id = $1 AND action = 'user.update'`,
        [target.id],
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: adminId, changed_fields: ['displayName'] });
    expect(JSON.stringify(rows[0])).not.toContain('Rahasia');
  });

  test('an unknown user id is 404', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/v1/users/01930000-0000-7000-8000-000000000000' });
    expect(res.statusCode).toBe(404);
  });
});
