import {
  DecideProposalInput,
  DtksCheckList,
  DtksQueueQuery,
  DtksStanding,
  IdParams,
  InclusionProposal,
  InclusionProposalList,
  ProposalQueueQuery,
  RecordDtksStatusInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import {
  decideInclusionProposal,
  listDtksChecks,
  listInclusionProposals,
  recordDtksStatusByHand,
} from './dtks-queue.service.js';
import { readDtksStanding, requestDtksCheck } from './dtks-standing.service.js';

export const dtksRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.get(
    '/beneficiaries/:id/dtks',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['dtks'],
        summary: 'A beneficiary’s DTKS standing, the open check and proposal, and the history (audited)',
        params: IdParams,
        response: { 200: DtksStanding },
      },
    },
    async (request) => readDtksStanding(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.post(
    '/beneficiaries/:id/dtks/check-requests',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['dtks'],
        summary: 'Ask Pusdatin to check a beneficiary in DTKS (an open request is reused: 200)',
        params: IdParams,
        response: { 200: DtksStanding, 201: DtksStanding },
      },
    },
    async (request, reply) => {
      const { standing, created } = await requestDtksCheck(context, callerOf(request), request.params.id);
      return reply.code(created ? 201 : 200).send(standing);
    },
  );

  app.get(
    '/dtks/checks',
    {
      config: { policy: 'dtks:match' },
      schema: {
        tags: ['dtks'],
        summary: 'Pusdatin’s queue of DTKS checks: NIK, name, birth date and region only (audited)',
        description: 'Open checks oldest first; `state=resolved` for those done, newest first.',
        querystring: DtksQueueQuery,
        response: { 200: DtksCheckList },
      },
    },
    async (request) => listDtksChecks(context, actorOf(request), request.query, auditContextOf(request)),
  );

  app.post(
    '/dtks/beneficiaries/:id/status',
    {
      config: { policy: 'dtks:match' },
      schema: {
        tags: ['dtks'],
        summary: 'Record a beneficiary’s DTKS standing by hand (Pusdatin; audited)',
        description:
          'Matched (with the DTKS id), not found, or a NIK problem. Only for people in Pusdatin’s queue (an open ' +
          'check or proposal): anyone else is 404. The open check is resolved; an open proposal is answered when ' +
          'the person is matched.',
        params: IdParams,
        body: RecordDtksStatusInput,
        response: { 200: DtksStanding },
      },
    },
    async (request) => recordDtksStatusByHand(context, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/dtks/inclusion-proposals',
    {
      config: { policy: 'dtks:match' },
      schema: {
        tags: ['dtks'],
        summary: 'Proposals for inclusion in DTKS (open and submitted by default): matching data only (audited)',
        querystring: ProposalQueueQuery,
        response: { 200: InclusionProposalList },
      },
    },
    async (request) => listInclusionProposals(context, actorOf(request), request.query, auditContextOf(request)),
  );

  app.post(
    '/dtks/inclusion-proposals/:id/decide',
    {
      config: { policy: 'dtks:match' },
      schema: {
        tags: ['dtks'],
        summary: 'Submit, include (with the new DTKS id) or reject a proposal (If-Match; Pusdatin)',
        params: IdParams,
        body: DecideProposalInput,
        response: { 200: InclusionProposal },
      },
    },
    async (request, reply) => {
      const proposal = await decideInclusionProposal(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, proposal.version);
      return proposal;
    },
  );
};
