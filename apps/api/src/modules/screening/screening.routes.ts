import { CreateScreeningInput, IdParams, Screening } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import type { InstrumentSet } from '../instruments/index.js';
import { listScreenings, submitScreening } from './screening.service.js';

export const screeningRoutes: FastifyPluginAsyncZod<{
  context: ClientDataContext;
  instruments: InstrumentSet;
}> = async (app, { context, instruments }) => {
  app.post(
    '/cases/:id/screenings',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['screening'],
        summary: 'Submit a WHO ASSIST v3.0 screening; it is scored and moves the case along its route',
        description:
          'Skip logic is enforced (`invalid` with the path of the offending answer). 201: scores and bands per ' +
          'substance with Q1 = yes, the routing risk (tobacco excluded; at least moderate when injecting in the ' +
          'past 3 months), the injecting-risk flag and the next step.',
        params: IdParams,
        body: CreateScreeningInput,
        response: { 201: Screening },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await submitScreening(context, instruments, callerOf(request), request.params.id, request.body)),
  );

  app.get(
    '/cases/:id/screenings',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['screening'],
        summary: 'The screenings of a case (audited)',
        params: IdParams,
        response: { 200: z.object({ items: z.array(Screening) }) },
      },
    },
    async (request) => listScreenings(context, actorOf(request), request.params.id, auditContextOf(request)),
  );
};
