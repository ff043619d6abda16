import { IdParams, InstitutionList, InstitutionListQuery, InstitutionSummary } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { getInstitution, listInstitutions } from './institutions.service.js';

export const institutionsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/institutions',
    {
      config: { policy: 'institutions:read' },
      schema: {
        tags: ['institutions'],
        summary: 'Institutions within the caller’s scope',
        querystring: InstitutionListQuery,
        response: { 200: InstitutionList },
      },
    },
    async (request) => listInstitutions(db, actorOf(request), request.query),
  );

  app.get(
    '/institutions/:id',
    {
      config: { policy: 'institutions:read' },
      schema: {
        tags: ['institutions'],
        summary: 'One institution (404 outside the caller’s scope)',
        params: IdParams,
        response: { 200: InstitutionSummary },
      },
    },
    async (request) => getInstitution(db, actorOf(request), request.params.id),
  );
};
