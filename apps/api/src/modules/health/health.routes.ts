import { HealthResponse } from '@atensi/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.js';

export const healthRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/health',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database reachability',
        description: 'Answers 200 when the API can run a query on its database; 500 `internal` when it cannot.',
        response: { 200: HealthResponse },
      },
    },
    async (request) => {
      try {
        await database.db.execute(sql`SELECT 1`);
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        throw new Error('database unreachable');
      }
      return { status: 'ok' as const, database: database.kind };
    },
  );
};
