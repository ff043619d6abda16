import {
  ActivityChildParams,
  Bimtek,
  BimtekResultsInput,
  BimtekSettingsInput,
  IdParams,
  IssueCertificatesInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { ActivitiesContext } from './activities.context.js';
import { getBimtek, saveBimtekResults, updateBimtekSettings } from './bimtek.service.js';
import { issueCertificates, revokeCertificate } from './bimtek-certificates.service.js';

const tags = ['activities'];

/** Bimtek: curriculum, pre/post tests, attendance and certificates that go into the workforce registry. */
export const trainingRoutes: FastifyPluginAsyncZod<{ context: ActivitiesContext }> = async (app, { context }) => {
  app.get(
    '/activities/:id/bimtek',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'A bimtek’s rules, curriculum, results per participant and of the event',
        params: IdParams,
        response: { 200: Bimtek },
      },
    },
    async (request, reply) => {
      const bimtek = await getBimtek(context, actorOf(request), request.params.id);
      setEtag(reply, bimtek.version);
      return bimtek;
    },
  );

  app.put(
    '/activities/:id/bimtek',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Set the bimtek’s pass mark, attendance rule, certificate and curriculum topics (If-Match)',
        params: IdParams,
        body: BimtekSettingsInput,
        response: { 200: Bimtek },
      },
    },
    async (request, reply) => {
      const bimtek = await updateBimtekSettings(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, bimtek.version);
      return bimtek;
    },
  );

  app.put(
    '/activities/:id/bimtek/results',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Record attendance (days) and pre/post-test scores of participants',
        params: IdParams,
        body: BimtekResultsInput,
        response: { 200: Bimtek },
      },
    },
    async (request) => saveBimtekResults(context, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/activities/:id/bimtek/certificates',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Issue certificates to eligible participants of a held bimtek',
        description:
          'Participants from the staff registry also get the certificate as a staff certification, in the same ' +
          'transaction. 409 `conflict` when the bimtek is not marked held or nobody is eligible.',
        params: IdParams,
        body: IssueCertificatesInput,
        response: { 201: Bimtek },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await issueCertificates(context, callerOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/activities/:id/bimtek/certificates/:childId',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Revoke a certificate issued by mistake (its staff certification too)',
        params: ActivityChildParams,
        response: { 200: Bimtek },
      },
    },
    async (request) => revokeCertificate(context, callerOf(request), request.params.id, request.params.childId),
  );
};
