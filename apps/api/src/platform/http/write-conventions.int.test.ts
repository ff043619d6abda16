import { sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp, testDatabaseKind, uniqueName } from '../../test/test-database.js';
import { expectedVersion, setEtag, updateVersioned } from '../db/concurrency.js';
import type { Db } from '../db/database.js';
import { enqueueOutbox, MAX_OUTBOX_ATTEMPTS, relayOutbox } from '../db/outbox.js';
import { outboxEvents } from '../db/platform.table.js';
import { AppError } from './app-error.js';

// A scratch module, built the way every real module will be, exercises the platform's write conventions.
const widgets = pgTable('test_widgets', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  version: integer('version').notNull(),
});

async function widgetRoutes(app: FastifyInstance, db: Db) {
  app.post('/api/v1/test-widgets', { config: { policy: 'public' } }, async (request, reply) => {
    const body = request.body as { name?: unknown };
    if (typeof body?.name !== 'string') throw new AppError('invalid');
    const [created] = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(widgets)
        .values({ id: sql`uuid_generate_v7()` as never, name: body.name as string, version: 1 })
        .returning();
      await enqueueOutbox(tx, 'widget.created', { id: rows[0]?.id });
      return rows;
    });
    setEtag(reply, created?.version ?? 0);
    return reply.code(201).send(created);
  });
  // A write that breaks a database constraint the service did not check first (the safety net).
  app.put('/api/v1/test-widgets/:id', { config: { policy: 'public' } }, async (request) => {
    const { id } = request.params as { id: string };
    await db.insert(widgets).values({ id, name: 'dup', version: 1 });
    await db.insert(widgets).values({ id, name: 'dup', version: 1 });
    return {};
  });
  app.get('/api/v1/test-widgets/:id', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const [row] = await db.select().from(widgets).where(sql`${widgets.id} = ${id}`);
    if (!row) throw new AppError('not_found');
    setEtag(reply, row.version);
    return row;
  });
  app.patch('/api/v1/test-widgets/:id', { config: { policy: 'public' } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const updated = await updateVersioned(db, widgets, sql`${widgets.id} = ${id}`, expectedVersion(request), {
      name: (request.body as { name: string }).name,
    });
    setEtag(reply, updated.version);
    return updated;
  });
}

describe(`write conventions on ${testDatabaseKind}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(async (app, database) => {
      await database.withSession((s) =>
        s.exec(
          'CREATE TABLE IF NOT EXISTS test_widgets (id uuid PRIMARY KEY, name text NOT NULL, version integer NOT NULL)',
        ),
      );
      await widgetRoutes(app, database.db);
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (name: string, key?: string, language = 'en') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/test-widgets',
      headers: { 'accept-language': language, ...(key ? { 'idempotency-key': key } : {}) },
      payload: { name },
    });
  const countNamed = async (name: string) =>
    (await t.database.db.select().from(widgets).where(sql`${widgets.name} = ${name}`)).length;

  describe('idempotent creates', () => {
    test('a retried POST with the same key returns the first answer and creates nothing new', async () => {
      const name = uniqueName('widget');
      const key = uniqueName('key');
      const first = await create(name, key);
      const retry = await create(name, key);
      expect(first.statusCode).toBe(201);
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual(first.json());
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect(await countNamed(name)).toBe(1);
    });

    test('without a key, each POST creates', async () => {
      const name = uniqueName('widget');
      await create(name);
      await create(name);
      expect(await countNamed(name)).toBe(2);
    });

    test('the same key with a different body is invalid and creates nothing', async () => {
      const key = uniqueName('key');
      await create(uniqueName('widget'), key);
      const other = uniqueName('widget');
      const res = await create(other, key);
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toEqual({
        code: 'invalid',
        message: 'This Idempotency-Key was already used for a different request.',
      });
      expect(await countNamed(other)).toBe(0);
    });

    test('a failed request is not remembered: the same key may be retried after fixing it', async () => {
      const key = uniqueName('key');
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/v1/test-widgets',
        headers: { 'idempotency-key': key },
        payload: { name: 42 },
      });
      expect(bad.statusCode).toBe(422);
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/test-widgets',
        headers: { 'idempotency-key': key },
        payload: { name: 42 },
      });
      expect(again.headers['idempotent-replayed']).toBeUndefined();
    });

    test('a malformed key is refused', async () => {
      const res = await create('x', 'k'.repeat(201), 'id');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe('Header Idempotency-Key harus 1 sampai 200 karakter yang dapat dicetak.');
    });
  });

  describe('optimistic concurrency', () => {
    test('reads send the version as ETag and an update with it succeeds and bumps it', async () => {
      const created = (await create(uniqueName('widget'))).json();
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/test-widgets/${created.id}` });
      expect(read.headers.etag).toBe('"1"');
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/test-widgets/${created.id}`,
        headers: { 'if-match': read.headers.etag as string },
        payload: { name: 'renamed' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.json()).toMatchObject({ name: 'renamed', version: 2 });
    });

    test('a stale write is conflict with the current version, and changes nothing', async () => {
      const created = (await create(uniqueName('widget'))).json();
      const patch = (etag: string, name: string) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/v1/test-widgets/${created.id}`,
          headers: { 'if-match': etag, 'accept-language': 'en' },
          payload: { name },
        });
      expect((await patch('"1"', 'first')).statusCode).toBe(200);
      const stale = await patch('"1"', 'second');
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });
      expect(stale.json().error.message).toContain('current version 2');
      const [row] = await t.database.db.select().from(widgets).where(sql`${widgets.id} = ${created.id}`);
      expect(row?.name).toBe('first');
    });

    test('an update without If-Match is refused; one for a missing row is not_found', async () => {
      const created = (await create(uniqueName('widget'))).json();
      const missing = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/test-widgets/${created.id}`,
        payload: { name: 'x' },
      });
      expect(missing.statusCode).toBe(400);
      const gone = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/test-widgets/00000000-0000-7000-8000-000000000000',
        headers: { 'if-match': '"1"' },
        payload: { name: 'x' },
      });
      expect(gone.statusCode).toBe(404);
    });
  });

  describe('outbox', () => {
    test('an event written in the transaction is carried out after commit, once', async () => {
      const created = (await create(uniqueName('widget'))).json();
      const seen: unknown[] = [];
      const handlers = { 'widget.created': async (payload: unknown) => void seen.push(payload) };
      // Other test files share a PostgreSQL database: relay until our event has been seen.
      for (let i = 0; i < 20 && !seen.some((p) => (p as { id: string }).id === created.id); i++) {
        await relayOutbox(t.database.db, handlers, undefined, 500);
      }
      expect(seen.filter((p) => (p as { id: string }).id === created.id)).toHaveLength(1);
      await relayOutbox(t.database.db, handlers, undefined, 500);
      expect(seen.filter((p) => (p as { id: string }).id === created.id)).toHaveLength(1);
    });

    test('a relay leaves alone the topics it has no handler for', async () => {
      const topic = uniqueName('newer-topic');
      await t.database.db.transaction((tx) => enqueueOutbox(tx, topic, {}));
      await relayOutbox(t.database.db, { [uniqueName('other')]: async () => {} }, undefined, 500);
      const [row] = await t.database.db.select().from(outboxEvents).where(sql`${outboxEvents.topic} = ${topic}`);
      expect(row).toMatchObject({ attempts: 0, processedAt: null, failedAt: null });
    });

    test('a rolled-back transaction leaves no event', async () => {
      const topic = uniqueName('rolled-back');
      await expect(
        t.database.db.transaction(async (tx) => {
          await enqueueOutbox(tx, topic, {});
          throw new Error('use case failed');
        }),
      ).rejects.toThrow('use case failed');
      const rows = await t.database.db.select().from(outboxEvents).where(sql`${outboxEvents.topic} = ${topic}`);
      expect(rows).toHaveLength(0);
    });

    test('a failing handler is retried later with backoff, then marked failed', async () => {
      const topic = uniqueName('flaky');
      await t.database.db.transaction((tx) => enqueueOutbox(tx, topic, { n: 1 }));
      const failing = { [topic]: async () => Promise.reject(new Error('peer down')) };
      await relayOutbox(t.database.db, failing, undefined, 500);
      const [afterOne] = await t.database.db.select().from(outboxEvents).where(sql`${outboxEvents.topic} = ${topic}`);
      expect(afterOne).toMatchObject({ attempts: 1, lastError: 'peer down', processedAt: null, failedAt: null });
      expect(afterOne?.availableAt.getTime()).toBeGreaterThan(Date.now());
      await t.database.db
        .update(outboxEvents)
        .set({ attempts: MAX_OUTBOX_ATTEMPTS - 1, availableAt: new Date(0) })
        .where(sql`${outboxEvents.topic} = ${topic}`);
      await relayOutbox(t.database.db, failing, undefined, 500);
      const [last] = await t.database.db.select().from(outboxEvents).where(sql`${outboxEvents.topic} = ${topic}`);
      expect(last?.failedAt).not.toBeNull();
    });
  });

  test('a constraint the database enforces answers 409 or 422, never 500', async () => {
    const id = '01930000-0000-7000-8000-0000000000aa';
    const duplicate = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/test-widgets/${id}`,
      headers: { 'accept-language': 'en' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('conflict');
  });
});
