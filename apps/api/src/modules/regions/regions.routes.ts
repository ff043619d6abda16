import { RegionDetail, RegionList, RegionListQuery, RegionParams } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.js';
import { getRegion, listRegions } from './regions.service.js';

export const regionsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/regions',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['regions'],
        summary: 'Search or list Kemendagri regions',
        description:
          'Searches by name (`q`, at least 2 characters), lists one level, or the children of `parentCode`. ' +
          'Without any filter it lists the provinces. Data: idn-area-data (ODbL).',
        querystring: RegionListQuery,
        response: { 200: RegionList },
      },
    },
    async (request) => listRegions(db, request.query),
  );

  app.get(
    '/regions/:code',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['regions'],
        summary: 'One region with its ancestors',
        params: RegionParams,
        response: { 200: RegionDetail },
      },
    },
    async (request) => getRegion(db, request.params.code),
  );
};
