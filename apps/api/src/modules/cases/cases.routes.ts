import { Case, CaseList, CaseListQuery, CaseTransitionInput, CreateCaseInput, IdParams } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { findCases, moveCase, openCase, readCase } from './cases.service.js';

export const casesRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.post(
    '/beneficiaries/:id/cases',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['cases'],
        summary: 'Open a case (episode) for a beneficiary',
        description:
          '201 `{ id, status: "intake", ... }`. 409 `conflict` when the person already has a running case or the ' +
          'institution cannot admit (certification expired, suspended or missing).',
        params: IdParams,
        body: CreateCaseInput,
        response: { 201: Case },
      },
    },
    async (request, reply) => {
      const opened = await openCase(context, callerOf(request), request.params.id, request.body);
      setEtag(reply, opened.version);
      return reply.code(201).header('location', `/api/v1/cases/${opened.id}`).send(opened);
    },
  );

  app.get(
    '/cases',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['cases'],
        summary: 'Cases in scope; `mine=true` for those assigned to the caller (audited)',
        querystring: CaseListQuery,
        response: { 200: CaseList },
      },
    },
    async (request) => findCases(context, actorOf(request), request.query, auditContextOf(request)),
  );

  app.get(
    '/cases/:id',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['cases'],
        summary: 'One case with its history and the actions allowed next (audited)',
        params: IdParams,
        response: { 200: Case },
      },
    },
    async (request, reply) => {
      const found = await readCase(context, actorOf(request), request.params.id, auditContextOf(request));
      setEtag(reply, found.version);
      return found;
    },
  );

  app.post(
    '/cases/:id/transitions',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['cases'],
        summary: 'Move a case by one action (If-Match); an illegal step is 409 with the reason',
        params: IdParams,
        body: CaseTransitionInput,
        response: { 200: Case },
      },
    },
    async (request, reply) => {
      const moved = await moveCase(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, moved.version);
      return moved;
    },
  );
};
