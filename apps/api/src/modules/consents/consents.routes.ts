import {
  Consent,
  ConsentList,
  CreateConsentInput,
  DisclosureList,
  IdParams,
  RevokeConsentInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { giveConsent, listConsents, listDisclosures, revokeConsent } from './consents.service.js';

export const consentsRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.get(
    '/beneficiaries/:id/consents',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['consents'],
        summary: 'A person’s consents (audited)',
        params: IdParams,
        response: { 200: ConsentList },
      },
    },
    async (request) => listConsents(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.post(
    '/beneficiaries/:id/consents',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['consents'],
        summary: 'Record a consent: what data, to whom, for what, given by whom, until when',
        params: IdParams,
        body: CreateConsentInput,
        response: { 201: Consent },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await giveConsent(context, callerOf(request), request.params.id, request.body)),
  );

  app.post(
    '/consents/:id/revoke',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['consents'],
        summary: 'Revoke a consent from a day on',
        params: IdParams,
        body: RevokeConsentInput,
        response: { 200: Consent },
      },
    },
    async (request) => revokeConsent(context, callerOf(request), request.params.id, request.body.revokedOn),
  );

  app.get(
    '/beneficiaries/:id/disclosures',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['consents'],
        summary: 'The accounting of disclosures of a person (audited)',
        params: IdParams,
        response: { 200: DisclosureList },
      },
    },
    async (request) => listDisclosures(context, actorOf(request), request.params.id, auditContextOf(request)),
  );
};
