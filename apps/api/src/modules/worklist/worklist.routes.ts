import { Worklist } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf } from '../../platform/auth/actor.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { worklistOf } from './worklist.service.js';

export const worklistRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.get(
    '/worklist',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['cases'],
        summary: 'The worker’s home: my cases, cases awaiting action, referrals to answer or overdue, follow-ups due',
        response: { 200: Worklist },
      },
    },
    async (request) => worklistOf(context, actorOf(request), auditContextOf(request)),
  );
};
