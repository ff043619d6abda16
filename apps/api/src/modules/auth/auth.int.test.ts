import { LoginResult, Me } from '@atensi/contracts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiTokenOf, buildUser, signedInUser, signIn, TEST_PASSWORD } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind, uniqueName } from '../../test/test-database.js';
import { users } from '../users/index.js';
import { purgeExpiredSessions } from './auth.repository.js';
import { sessions } from './auth.table.js';
import { purgeLoginThrottles } from './throttle.js';
import { totpCodeAt } from './totp.js';

let t: TestApp;
let addressCounter = 0;
// A random network per run: on the shared PostgreSQL test database, counts of earlier runs are still there.
const network = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 200)}`;
/** Each test signs in from its own address, so the per-address throttle of one test never touches another. */
const nextAddress = () => `${network}.${++addressCounter}`;

const login = (payload: object, remoteAddress = nextAddress(), headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress, headers });

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe(`sign-in as the contract says, on ${testDatabaseKind}`, () => {
  test('login answers { user: { id, username, role, institutionId }, csrfToken } and an HTTP-only SameSite cookie', async () => {
    const user = await buildUser(t.database.db, { role: 'pendamping' });
    const res = await login({ username: user.username, password: user.password });
    expect(res.statusCode).toBe(200);
    const body = LoginResult.strict().parse(res.json());
    expect(body.user).toStrictEqual({
      id: user.id,
      username: user.username,
      role: 'pendamping',
      institutionId: user.institutionId,
    });
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(32);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^atensi_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(res.body).not.toContain(user.password);
  });

  test('the username is matched without regard to case or surrounding spaces', async () => {
    const user = await buildUser(t.database.db);
    const res = await login({ username: `  ${user.username.toUpperCase()} `, password: user.password });
    expect(res.statusCode).toBe(200);
  });

  test('a wrong password, an unknown username and a disabled account get the same 401', async () => {
    const user = await buildUser(t.database.db);
    const disabled = await buildUser(t.database.db, { status: 'disabled' });
    const answers = await Promise.all([
      login({ username: user.username, password: 'salah-sekali-kata-sandinya' }),
      login({ username: 'tidak.ada.orangnya', password: TEST_PASSWORD }),
      login({ username: disabled.username, password: disabled.password }),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toStrictEqual({
        error: { code: 'unauthenticated', message: 'Nama pengguna atau kata sandi salah.' },
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  test('GET /me: 401 without a session; with one, the user, permissions and the same CSRF token', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'accept-language': 'en' } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error).toStrictEqual({ code: 'unauthenticated', message: 'Please sign in first.' });

    const { user, session } = await signedInUser(t.app, t.database.db, { role: 'balai_manager' });
    const res = await session.request({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(200);
    const me = Me.parse(res.json());
    expect(me).toMatchObject({
      id: user.id,
      username: user.username,
      role: 'balai_manager',
      institutionId: user.institutionId,
      user: { id: user.id, username: user.username, role: 'balai_manager', institutionId: user.institutionId },
      csrfToken: session.csrfToken,
      authenticatedBy: 'session',
      pendingActions: [],
      idleTimeoutSeconds: 1800,
    });
    expect(me.permissions).toContain('institutions:read');
    expect(me.permissions).not.toContain('users:manage');
    expect(me.institution?.id).toBe(user.institutionId);
  });

  test('logout answers 204, ends the session and clears the cookie; a second logout is harmless', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const res = await session.request({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(String(res.headers['set-cookie'])).toMatch(/atensi_session=;/);
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await session.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
  });

  test('a password is never returned, stored in clear or written to the audit trail', async () => {
    const user = await buildUser(t.database.db);
    await login({ username: user.username, password: 'kata-sandi-yang-salah-123' });
    await login({ username: user.username, password: user.password });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    const leaks = await t.database.withSession((s) =>
      s.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE details::text LIKE '%' || $1 || '%' OR details::text LIKE '%kata-sandi-yang-salah%'`,
        [user.password],
      ),
    );
    expect(leaks[0]?.n).toBe(0);
  });
});

describe('CSRF on cookie-authenticated writes', () => {
  test('a write with the cookie but without X-CSRF-Token, or with a wrong one, is 403; with it, it passes', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const write = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        payload: { name: 'skrip' },
        headers: { cookie: session.cookie, ...headers },
      });
    const missing = await write({});
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('forbidden');
    expect(missing.json().error.details).toStrictEqual({ reason: 'csrf' });
    expect((await write({ 'x-csrf-token': `${session.csrfToken}x` })).statusCode).toBe(403);
    const other = await signedInUser(t.app, t.database.db);
    expect((await write({ 'x-csrf-token': other.session.csrfToken })).statusCode).toBe(403);
    expect((await write({ 'x-csrf-token': session.csrfToken })).statusCode).toBe(201);
  });

  test('reads need no CSRF token', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(200);
  });
});

describe('session timeouts', () => {
  test('a session idle for longer than 30 minutes has ended: 401 with reason session_expired', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const sessionId = await sessionIdOf(session.login.user.id);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.id, sessionId));
    const res = await session.request({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.details).toStrictEqual({ reason: 'session_expired' });
    expect(await t.database.db.select().from(sessions).where(eq(sessions.id, sessionId))).toHaveLength(0);
  });

  test('activity within the idle timeout keeps the session; the absolute timeout ends it anyway', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const sessionId = await sessionIdOf(session.login.user.id);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '29 minutes'` })
      .where(eq(sessions.id, sessionId));
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    await t.database.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.id, sessionId));
    expect((await session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  async function sessionIdOf(userId: string): Promise<string> {
    const [row] = await t.database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
    if (!row) throw new Error('no session');
    return row.id;
  }
});

describe('login throttling', () => {
  test('after 5 failures for a username, even the right password is refused with 429 and Retry-After', async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt <= 5; attempt++) {
      // A different address each time: the username alone triggers the lock.
      const res = await login({ username: user.username, password: `salah-${attempt}-kata-sandi` });
      expect(res.statusCode).toBe(401);
    }
    const locked = await login({ username: user.username, password: user.password }, nextAddress(), {
      'accept-language': 'en',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
    expect(locked.json().error.message).toMatch(/Too many failed sign-in attempts\. Try again in \d+ seconds\./);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(29);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(30);
  });

  test('after 5 failures from one address, that address is refused for every username', async () => {
    const address = nextAddress();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const res = await login({ username: uniqueName('penyerang'), password: 'tebakan-kata-sandi' }, address);
      expect(res.statusCode).toBe(401);
    }
    const user = await buildUser(t.database.db);
    expect((await login({ username: user.username, password: user.password }, address)).statusCode).toBe(429);
    expect((await login({ username: user.username, password: user.password })).statusCode).toBe(200);
  });

  test('the lock doubles with each further failure (exponential backoff)', async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt <= 5; attempt++)
      await login({ username: user.username, password: 'salah-sekali-lagi' });
    // Let the first lock lapse, then fail once more: the next lock is twice as long.
    await t.database.withSession((s) =>
      s.query(`UPDATE login_throttles SET locked_until = now() - interval '1 second' WHERE key = $1`, [
        `user:${user.username}`,
      ]),
    );
    expect((await login({ username: user.username, password: 'salah-keenam-kalinya' })).statusCode).toBe(401);
    const locked = await login({ username: user.username, password: user.password });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(30);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  test('a successful sign-in clears the username’s failures', async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt <= 4; attempt++)
      await login({ username: user.username, password: 'hampir-terkunci-nih' });
    expect((await login({ username: user.username, password: user.password })).statusCode).toBe(200);
    for (let attempt = 1; attempt <= 4; attempt++)
      await login({ username: user.username, password: 'hampir-terkunci-nih' });
    expect((await login({ username: user.username, password: user.password })).statusCode).toBe(200);
  });
});

describe('TOTP second factor', () => {
  test('set up with a QR URI, enable with a code; sign-in then needs a fresh code, and a used code is refused', async () => {
    const { user, session } = await signedInUser(t.app, t.database.db);
    const setup = await session.request({ method: 'POST', url: '/api/v1/me/totp/setup' });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json() as { secret: string; otpauthUri: string };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Atensi:/);
    expect(otpauthUri).toContain(`secret=${secret}`);

    const wrong = await session.request({ method: 'POST', url: '/api/v1/me/totp/enable', payload: { code: '000000' } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details[0].path).toBe('body.code');
    const now = Date.now();
    const enable = await session.request({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      payload: { code: totpCodeAt(secret, now) },
    });
    expect(enable.statusCode).toBe(204);

    const withoutCode = await login({ username: user.username, password: user.password });
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().error.details).toStrictEqual({ reason: 'totp_required' });
    const replayed = await login({
      username: user.username,
      password: user.password,
      totpCode: totpCodeAt(secret, now),
    });
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().error.details).toStrictEqual({ reason: 'totp_invalid' });
    const fresh = await login({
      username: user.username,
      password: user.password,
      totpCode: totpCodeAt(secret, now + 30_000),
    });
    expect(fresh.statusCode).toBe(200);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.totpSecret).not.toContain(secret);
  });

  test('turning TOTP off needs the password', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const { secret } = (await session.request({ method: 'POST', url: '/api/v1/me/totp/setup' })).json() as {
      secret: string;
    };
    await session.request({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      payload: { code: totpCodeAt(secret, Date.now()) },
    });
    const wrong = await session.request({
      method: 'POST',
      url: '/api/v1/me/totp/disable',
      payload: { password: 'bukan-ini-sandinya' },
    });
    expect(wrong.statusCode).toBe(422);
    const right = await session.request({
      method: 'POST',
      url: '/api/v1/me/totp/disable',
      payload: { password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(204);
    const me = (await session.request({ method: 'GET', url: '/api/v1/me' })).json() as Me;
    expect(me.totpEnabled).toBe(false);
  });

  test('when configuration requires TOTP for a role, the API stays closed until the user enrols', async () => {
    const strict = await buildTestApp(undefined, { auth: { totpRequiredRoles: ['admin'] } });
    try {
      const { session } = await signedInUser(strict.app, strict.database.db, { role: 'admin' });
      const me = (await session.request({ method: 'GET', url: '/api/v1/me' })).json() as Me;
      expect(me.pendingActions).toStrictEqual(['enrol_totp']);
      const blocked = await session.request({ method: 'GET', url: '/api/v1/users' });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.details).toStrictEqual({ reason: 'totp_enrolment_required' });
      const { secret } = (await session.request({ method: 'POST', url: '/api/v1/me/totp/setup' })).json() as {
        secret: string;
      };
      await session.request({
        method: 'POST',
        url: '/api/v1/me/totp/enable',
        payload: { code: totpCodeAt(secret, Date.now()) },
      });
      expect((await session.request({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(200);
      const off = await session.request({
        method: 'POST',
        url: '/api/v1/me/totp/disable',
        payload: { password: TEST_PASSWORD },
      });
      expect(off.statusCode).toBe(409);
    } finally {
      await strict.close();
    }
  });
});

describe('passwords follow NIST 800-63B', () => {
  test('a user who must change their password reaches only their account until they do', async () => {
    const { session } = await signedInUser(t.app, t.database.db, { mustChangePassword: true });
    const blocked = await session.request({ method: 'GET', url: '/api/v1/institutions' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.details).toStrictEqual({ reason: 'password_change_required' });
    const changed = await session.request({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'lumba-lumba berenang di teluk' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await session.request({ method: 'GET', url: '/api/v1/institutions' })).statusCode).toBe(200);
  });

  test.each([
    ['short', 'pendek', 'Kata sandi minimal 10 karakter.'],
    [
      'common',
      'password123',
      'Kata sandi ini terlalu umum dan mudah ditebak. Gunakan frasa yang lebih panjang dan unik.',
    ],
    [
      'common in Indonesia',
      'bismillah123',
      'Kata sandi ini terlalu umum dan mudah ditebak. Gunakan frasa yang lebih panjang dan unik.',
    ],
    [
      'one repeated character',
      'aaaaaaaaaaaa',
      'Kata sandi ini terlalu umum dan mudah ditebak. Gunakan frasa yang lebih panjang dan unik.',
    ],
  ])('a %s password is refused with the field named', async (_kind, newPassword, message) => {
    const { session } = await signedInUser(t.app, t.database.db);
    const res = await session.request({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toContainEqual({ path: 'body.newPassword', message });
  });

  test('a password containing the username is refused; a long passphrase without symbols is fine', async () => {
    const { user, session } = await signedInUser(t.app, t.database.db);
    const withName = await session.request({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: `${user.username}2026` },
    });
    expect(withName.statusCode).toBe(422);
    const phrase = await session.request({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'kopi tubruk pagi hari di pasar' },
    });
    expect(phrase.statusCode).toBe(204);
  });

  test('changing the password ends the user’s other sessions but keeps this one', async () => {
    const user = await buildUser(t.database.db);
    const here = await signIn(t.app, user);
    const elsewhere = await signIn(t.app, user);
    const res = await here.request({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'sate padang kuahnya kental' },
    });
    expect(res.statusCode).toBe(204);
    expect((await here.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    expect((await elsewhere.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });
});

describe('personal API tokens', () => {
  test('a Bearer token authenticates without cookie or CSRF token, is stored hashed, and stops when revoked', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const created = await session.request({
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'skrip laporan' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json() as { token: string; id: string; prefix: string };
    expect(token.startsWith(prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ authenticatedBy: 'token', csrfToken: null });
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'kedua' },
      headers: bearer,
    });
    expect(write.statusCode).toBe(201);
    const stored = await t.database.withSession((s) =>
      s.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens WHERE token_hash = $1 OR prefix = $1', [token]),
    );
    expect(stored[0]?.n).toBe(0);
    const list = await session.request({ method: 'GET', url: '/api/v1/me/tokens' });
    expect(list.body).not.toContain(token);

    expect((await session.request({ method: 'DELETE', url: `/api/v1/me/tokens/${id}` })).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  test('a token stops working when its user’s role changes or the user is disabled', async () => {
    const { user, session } = await signedInUser(t.app, t.database.db, { role: 'direktorat' });
    const token = await apiTokenOf(session);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);
    await t.database.db.update(users).set({ role: 'inspektorat' }).where(eq(users.id, user.id));
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    await t.database.db.update(users).set({ role: 'direktorat', status: 'disabled' }).where(eq(users.id, user.id));
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
  });

  test('someone else’s token cannot be revoked (404), and a made-up token is 401', async () => {
    const owner = await signedInUser(t.app, t.database.db);
    const created = await owner.session.request({
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'milik saya' },
    });
    const other = await signedInUser(t.app, t.database.db);
    const res = await other.session.request({ method: 'DELETE', url: `/api/v1/me/tokens/${created.json().id}` });
    expect(res.statusCode).toBe(404);
    const fake = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer atn_bukan-token' },
    });
    expect(fake.statusCode).toBe(401);
  });
});

describe('the audit trail records sign-ins', () => {
  test('login, failed login and logout are audited with the address and request id, never the password', async () => {
    const user = await buildUser(t.database.db);
    const address = nextAddress();
    await login({ username: user.username, password: 'kata-sandi-keliru-nih' }, address, {
      'x-request-id': 'req-fail-1',
    });
    const session = await signIn(t.app, user, { 'x-request-id': 'req-login-1' });
    await session.request({ method: 'POST', url: '/api/v1/auth/logout' });
    const rows = await t.database.withSession((s) =>
      s.query<{ action: string; actor_id: string | null; entity_id: string | null; ip: string; request_id: string }>(
        `SELECT action, actor_id, entity_id, ip, request_id FROM audit_events
         WHERE (entity_id = $1 OR actor_id = $1) ORDER BY occurred_at, seq`,
        [user.id],
      ),
    );
    expect(rows.map((row) => row.action)).toStrictEqual(['auth.login_failed', 'auth.login', 'auth.logout']);
    expect(rows[0]).toMatchObject({ actor_id: null, entity_id: user.id, ip: address, request_id: 'req-fail-1' });
    expect(rows[1]).toMatchObject({ actor_id: user.id, request_id: 'req-login-1' });
  });
});

describe('secrets are never kept for idempotent replay', () => {
  test('an Idempotency-Key on login or token creation stores nothing, and a retry makes a new token', async () => {
    const { session } = await signedInUser(t.app, t.database.db);
    const headers = { 'idempotency-key': `token-${Math.random()}` };
    const first = await session.request({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'a' }, headers });
    const second = await session.request({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'a' }, headers });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().token).not.toBe(first.json().token);
    const stored = await t.database.withSession((s) =>
      s.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', [
        headers['idempotency-key'],
      ]),
    );
    expect(stored[0]?.n).toBe(0);
  });
});

describe('housekeeping', () => {
  test('expired and idle sessions, and day-old throttle counts, are purged; live ones stay', async () => {
    const live = await signedInUser(t.app, t.database.db);
    const idle = await signedInUser(t.app, t.database.db);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '2 hours'` })
      .where(eq(sessions.userId, idle.user.id));
    await t.database.withSession((s) =>
      s.query(
        `INSERT INTO login_throttles (key, failures, last_failure_at) VALUES ('ip:192.0.2.99', 3, now() - interval '2 days')`,
      ),
    );
    expect(await purgeExpiredSessions(t.database.db, new Date(), 30 * 60_000)).toBeGreaterThanOrEqual(1);
    expect(await purgeLoginThrottles(t.database.db, new Date())).toBeGreaterThanOrEqual(1);
    expect((await live.session.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, idle.user.id))).toHaveLength(0);
  });
});
