import { AuditEventList } from '@atensi/contracts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, type Session, signedInUser, signIn } from '../../test/builders.js';
import { buildTestApp, type TestApp, testDatabaseKind } from '../../test/test-database.js';

let t: TestApp;
let inspector: Session;
let inspectorId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const signed = await signedInUser(t.app, t.database.db, { role: 'inspektorat' });
  inspector = signed.session;
  inspectorId = signed.user.id;
});
afterAll(async () => {
  await t.close();
});

describe(`the audit viewer on ${testDatabaseKind}`, () => {
  test('filters by actor and action, pages newest first with a cursor, and names the actor', async () => {
    const user = await buildUser(t.database.db);
    for (let i = 0; i < 3; i++) await signIn(t.app, user);
    const first = await inspector.request({
      method: 'GET',
      url: `/api/v1/audit-events?actorId=${user.id}&action=auth.login&limit=2`,
    });
    expect(first.statusCode).toBe(200);
    const page1 = AuditEventList.parse(first.json());
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]).toMatchObject({ actorId: user.id, actorUsername: user.username, action: 'auth.login' });
    expect((page1.items[0]?.occurredAt ?? '') >= (page1.items[1]?.occurredAt ?? '')).toBe(true);
    expect(page1.nextCursor).not.toBeNull();
    const second = await inspector.request({
      method: 'GET',
      url: `/api/v1/audit-events?actorId=${user.id}&action=auth.login&limit=2&before=${page1.nextCursor}`,
    });
    const page2 = AuditEventList.parse(second.json());
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    const ids = new Set([...page1.items, ...page2.items].map((item) => item.id));
    expect(ids.size).toBe(3);
  });

  test('reading the audit trail is itself audited, with the filter names but not their values', async () => {
    await inspector.request({ method: 'GET', url: '/api/v1/audit-events?entityType=user&entityId=rahasia-123' });
    const res = await inspector.request({
      method: 'GET',
      url: `/api/v1/audit-events?actorId=${inspectorId}&action=audit.read&limit=1`,
    });
    const [event] = AuditEventList.parse(res.json()).items;
    expect(event?.details).toStrictEqual({ filters: ['entityId', 'entityType', 'limit'], count: 0 });
  });

  test('a date range is inclusive days in WIB; a reversed range and a bad cursor are 400', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const inRange = await inspector.request({
      method: 'GET',
      url: `/api/v1/audit-events?from=${today}&to=${today}&limit=1`,
    });
    expect(inRange.json().items).toHaveLength(1);
    const past = await inspector.request({ method: 'GET', url: '/api/v1/audit-events?from=2020-01-01&to=2020-01-31' });
    expect(past.json().items).toHaveLength(0);
    const reversed = await inspector.request({
      method: 'GET',
      url: '/api/v1/audit-events?from=2026-02-01&to=2026-01-01',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0].path).toBe('querystring.from');
    const badCursor = await inspector.request({ method: 'GET', url: '/api/v1/audit-events?before=bukan-kursor' });
    expect(badCursor.statusCode).toBe(400);
    const badDate = await inspector.request({ method: 'GET', url: '/api/v1/audit-events?from=2026-13-45' });
    expect(badDate.statusCode).toBe(400);
  });

  test('CSV export: the matching events, a header, formula-safe fields, and an audit.export event', async () => {
    const user = await buildUser(t.database.db);
    await signIn(t.app, user, { 'user-agent': '=HYPERLINK("http://evil")' });
    const res = await inspector.request({ method: 'GET', url: `/api/v1/audit-events/export?actorId=${user.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="atensi-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,occurred_at,chain,seq,actor_id,actor_role,action,entity_type,entity_id,institution_id,ip,user_agent,request_id,changed_fields,hash',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',auth.login,');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const audit = await inspector.request({
      method: 'GET',
      url: `/api/v1/audit-events?actorId=${inspectorId}&action=audit.export`,
    });
    expect(audit.json().items.length).toBeGreaterThanOrEqual(1);
  });
});
