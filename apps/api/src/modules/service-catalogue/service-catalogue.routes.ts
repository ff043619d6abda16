import {
  CatalogueItem,
  CatalogueList,
  CatalogueListQuery,
  CreateCatalogueItemInput,
  IdParams,
  UpdateCatalogueItemInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import {
  createCatalogueItem,
  listCatalogue,
  readCatalogueItem,
  updateCatalogueItem,
} from './service-catalogue.service.js';

export const serviceCatalogueRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/service-catalogue',
    {
      config: { policy: 'catalogue:read' },
      schema: {
        tags: ['services'],
        summary: 'The service catalogue: sub-activities of the seven ATENSI components with their units',
        description: 'Active items by default, in the order of the components; `includeInactive=true` for all.',
        querystring: CatalogueListQuery,
        response: { 200: CatalogueList },
      },
    },
    async (request) => listCatalogue(db, actorOf(request), request.query),
  );

  app.get(
    '/service-catalogue/:id',
    {
      config: { policy: 'catalogue:read' },
      schema: {
        tags: ['services'],
        summary: 'One catalogue item',
        params: IdParams,
        response: { 200: CatalogueItem },
      },
    },
    async (request, reply) => {
      const item = await readCatalogueItem(db, actorOf(request), request.params.id);
      setEtag(reply, item.version);
      return item;
    },
  );

  app.post(
    '/service-catalogue',
    {
      config: { policy: 'catalogue:manage' },
      schema: {
        tags: ['services'],
        summary: 'Add a sub-activity to the catalogue (Directorate)',
        description: '409 `conflict` when the code is taken. Codes and components never change afterwards.',
        body: CreateCatalogueItemInput,
        response: { 201: CatalogueItem },
      },
    },
    async (request, reply) => {
      const item = await createCatalogueItem(db, callerOf(request), request.body);
      setEtag(reply, item.version);
      return reply.code(201).header('location', `/api/v1/service-catalogue/${item.id}`).send(item);
    },
  );

  app.patch(
    '/service-catalogue/:id',
    {
      config: { policy: 'catalogue:manage' },
      schema: {
        tags: ['services'],
        summary: 'Rename, re-order or retire a catalogue item (If-Match)',
        description: 'A retired item is no longer offered for new plans and records; existing ones keep it.',
        params: IdParams,
        body: UpdateCatalogueItemInput,
        response: { 200: CatalogueItem },
      },
    },
    async (request, reply) => {
      const item = await updateCatalogueItem(
        db,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, item.version);
      return item;
    },
  );
};
