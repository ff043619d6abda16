import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { users } from '../modules/users/index.js';
import { actorOf } from '../platform/auth/actor.js';
import type { Db } from '../platform/db/database.js';
import { uuidv7 } from '../platform/db/uuid.js';

/**
 * The floors of the HTTP benchmarks (ADR 0012): what a request costs on this machine with the same server, the
 * same session and CSRF check and one bare statement, so the product's endpoints are measured as a ratio of it.
 * Registered only when ATENSI_BENCH_FLOOR=1 (never in production, never in the test suite's app by default).
 */
export const benchFloorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS bench_floor (
    id uuid PRIMARY KEY, actor_id uuid NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);

  app.post(
    '/bench/floor',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['bench'],
        summary: 'Benchmark floor of a write: the session check and one bare INSERT (benchmark servers only)',
        description: 'Exists only when ATENSI_BENCH_FLOOR=1. Stores the JSON body as it came in `bench_floor`.',
        body: z.record(z.string(), z.unknown()),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const id = uuidv7();
      await db.execute(
        sql`INSERT INTO bench_floor (id, actor_id, body) VALUES (${id}, ${actorOf(request).id}, ${JSON.stringify(request.body)}::jsonb)`,
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/bench/floor',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['bench'],
        summary: 'Benchmark floor of a read: the session check and one bare SELECT by key (benchmark servers only)',
        description: 'Exists only when ATENSI_BENCH_FLOOR=1. Reads the caller’s own user row by its key.',
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => {
      const [row] = await db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.id, actorOf(request).id));
      return { id: row?.id ?? '' };
    },
  );
};
