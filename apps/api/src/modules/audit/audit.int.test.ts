import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Database, SqlSession } from '../../platform/db/database.js';
import { createScratchDatabase, testDatabaseKind } from '../../test/test-database.js';
import { type AuditContext, anchorAuditTrail, recordAudit, verifyAuditTrail } from './index.js';

const context = (actorId: string): AuditContext => ({
  actorId,
  actorRole: 'pendamping',
  ip: '127.0.0.1',
  userAgent: 'vitest',
  requestId: `req-${actorId}`,
});

/** Tampering as someone with the database's superuser rights would: triggers off for this session. */
const asTamperer = (database: Database, fn: (session: SqlSession) => Promise<void>) =>
  database.withSession(async (session) => {
    await session.exec('SET session_replication_role = replica');
    try {
      await fn(session);
    } finally {
      await session.exec('SET session_replication_role = origin');
    }
  });

describe(`the tamper-evident audit trail on ${testDatabaseKind}`, () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: Database;
  let chainOfAlice = '';

  beforeEach(async () => {
    scratch = await createScratchDatabase({ migrated: true });
    database = scratch.database;
    // Given five events by two people, written each in its own transaction
    for (const [actor, n] of [
      ['alice', 3],
      ['bob', 2],
    ] as const) {
      for (let i = 0; i < n; i++) {
        await database.db.transaction((tx) =>
          recordAudit(tx, context(actor), {
            action: 'beneficiary.read',
            entityType: 'beneficiary',
            entityId: `b-${i}`,
            changedFields: ['phone', 'address'],
          }),
        );
      }
    }
    const rows = await database.withSession((s) =>
      s.query<{ chain: string }>("SELECT chain FROM audit_events WHERE actor_id = 'alice' LIMIT 1"),
    );
    chainOfAlice = rows[0]?.chain ?? '';
  });
  afterEach(async () => {
    await scratch.drop();
  });

  test('an untouched trail verifies, and an anchor records every chain head', async () => {
    await anchorAuditTrail(database.db);
    const result = await verifyAuditTrail(database.db);
    expect(result).toMatchObject({ ok: true, chains: 16, events: 5, anchors: 1, problems: [] });
  });

  test('field names are kept, values never', async () => {
    const [row] = await database.withSession((s) =>
      s.query<{ changed_fields: string[] }>("SELECT changed_fields FROM audit_events WHERE actor_id = 'bob' LIMIT 1"),
    );
    expect(row?.changed_fields).toEqual(['address', 'phone']);
  });

  test('the application cannot change or remove an audit row', async () => {
    await expect(
      database.withSession((s) => s.exec("UPDATE audit_events SET action = 'nothing' WHERE actor_id = 'alice'")),
    ).rejects.toThrow(/append-only/);
    await expect(database.withSession((s) => s.exec('DELETE FROM audit_events'))).rejects.toThrow(/append-only/);
    await expect(database.withSession((s) => s.exec('TRUNCATE audit_events'))).rejects.toThrow(/append-only/);
  });

  test('a changed field is found, at its event', async () => {
    await asTamperer(database, (s) =>
      s.exec(`UPDATE audit_events SET entity_id = 'b-999' WHERE chain = '${chainOfAlice}' AND seq = 2`),
    );
    const result = await verifyAuditTrail(database.db);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({
      chain: chainOfAlice,
      seq: 2,
      problem: expect.stringMatching(/changed/),
    });
  });

  test('a deleted row is found', async () => {
    await asTamperer(database, (s) => s.exec(`DELETE FROM audit_events WHERE chain = '${chainOfAlice}' AND seq = 2`));
    const result = await verifyAuditTrail(database.db);
    expect(result.problems[0]).toMatchObject({
      chain: chainOfAlice,
      seq: 3,
      problem: expect.stringMatching(/missing/),
    });
  });

  test('two rows swapped in order are found', async () => {
    await asTamperer(database, async (s) => {
      const where = `chain = '${chainOfAlice}'`;
      await s.exec(`UPDATE audit_events SET seq = -1 WHERE ${where} AND seq = 1`);
      await s.exec(`UPDATE audit_events SET seq = 1 WHERE ${where} AND seq = 2`);
      await s.exec(`UPDATE audit_events SET seq = 2 WHERE ${where} AND seq = -1`);
    });
    const result = await verifyAuditTrail(database.db);
    expect(result.problems[0]).toMatchObject({ chain: chainOfAlice, seq: 1 });
  });

  test('events cut off the end of a chain are found by its head and by the anchors', async () => {
    await anchorAuditTrail(database.db);
    await asTamperer(database, async (s) => {
      await s.exec(`DELETE FROM audit_events WHERE chain = '${chainOfAlice}' AND seq = 3`);
      // A careful tamperer rewinds the head too; the anchor still remembers event 3.
      await s.exec(
        `UPDATE audit_chain_heads SET seq = 2, hash = (SELECT hash FROM audit_events WHERE chain = '${chainOfAlice}' AND seq = 2) WHERE chain = '${chainOfAlice}'`,
      );
    });
    const result = await verifyAuditTrail(database.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ chain: chainOfAlice, seq: 3, problem: expect.stringMatching(/anchor 1/) }),
    );
  });

  test('writers on different chains do not wait for each other', async () => {
    await Promise.all(
      ['carol', 'dave', 'erin', 'frank'].map((actor) =>
        database.db.transaction((tx) => recordAudit(tx, context(actor), { action: 'case.read', entityType: 'case' })),
      ),
    );
    expect((await verifyAuditTrail(database.db)).ok).toBe(true);
  });
});
