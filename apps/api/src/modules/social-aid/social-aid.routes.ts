import {
  CancelSocialAidInput,
  CaseSocialAid,
  CreateSocialAidInput,
  DecideSocialAidInput,
  DeliverSocialAidInput,
  IdParams,
  ReceiptInput,
  RejectSocialAidInput,
  SocialAidAwaiting,
  SocialAidRequest,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { createSocialAid, listAidAwaitingApproval, listCaseSocialAid } from './social-aid.service.js';
import {
  approveSocialAid,
  cancelSocialAid,
  deliverSocialAid,
  recordAidReceipt,
  rejectSocialAid,
} from './social-aid-steps.service.js';

export const socialAidRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.get(
    '/cases/:id/social-aid',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['social-aid'],
        summary: 'The social aid requests of a case, with the person’s DTKS standing (audited)',
        params: IdParams,
        response: { 200: CaseSocialAid },
      },
    },
    async (request) => listCaseSocialAid(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.post(
    '/cases/:id/social-aid',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['social-aid'],
        summary: 'Request social aid for a case (cash or in kind, with the reason)',
        description:
          'The case must be running with an active plan. A person whose DTKS standing is unknown is put in ' +
          'Pusdatin’s queue at once.',
        params: IdParams,
        body: CreateSocialAidInput,
        response: { 201: SocialAidRequest },
      },
    },
    async (request, reply) => {
      const aid = await createSocialAid(context, callerOf(request), request.params.id, request.body);
      setEtag(reply, aid.version);
      return reply.code(201).send(aid);
    },
  );

  app.get(
    '/social-aid/awaiting-approval',
    {
      config: { policy: 'social_aid:approve' },
      schema: {
        tags: ['social-aid'],
        summary: 'Requests waiting for the manager’s decision at their institution (audited)',
        response: { 200: SocialAidAwaiting },
      },
    },
    async (request) => listAidAwaitingApproval(context, actorOf(request), auditContextOf(request)),
  );

  app.post(
    '/social-aid/:id/approve',
    {
      config: { policy: 'social_aid:approve' },
      schema: {
        tags: ['social-aid'],
        summary: 'Approve a request (If-Match): only when the person is matched in DTKS',
        description:
          '409 `social_aid.dtks_not_matched` (a proposal for DTKS inclusion is created for Pusdatin: ' +
          '`details.proposalId`), `social_aid.dtks_unknown` (a DTKS check is requested from Pusdatin: ' +
          '`details.checkId`) or `social_aid.dtks_nik_problem`; each message says what to do.',
        params: IdParams,
        body: DecideSocialAidInput,
        response: { 200: SocialAidRequest },
      },
    },
    async (request, reply) => {
      const aid = await approveSocialAid(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, aid.version);
      return aid;
    },
  );

  app.post(
    '/social-aid/:id/reject',
    {
      config: { policy: 'social_aid:approve' },
      schema: {
        tags: ['social-aid'],
        summary: 'Reject a request with a reason (If-Match)',
        params: IdParams,
        body: RejectSocialAidInput,
        response: { 200: SocialAidRequest },
      },
    },
    async (request, reply) => {
      const aid = await rejectSocialAid(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body.reason,
      );
      setEtag(reply, aid.version);
      return aid;
    },
  );

  app.post(
    '/social-aid/:id/deliver',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['social-aid'],
        summary: 'Record the handing over of approved aid (If-Match); it is recorded as a service of the case',
        params: IdParams,
        body: DeliverSocialAidInput,
        response: { 200: SocialAidRequest },
      },
    },
    async (request, reply) => {
      const aid = await deliverSocialAid(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, aid.version);
      return aid;
    },
  );

  app.post(
    '/social-aid/:id/receipt',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['social-aid'],
        summary: 'Record that the aid was received, and by whom (If-Match)',
        params: IdParams,
        body: ReceiptInput,
        response: { 200: SocialAidRequest },
      },
    },
    async (request, reply) => {
      const aid = await recordAidReceipt(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, aid.version);
      return aid;
    },
  );

  app.post(
    '/social-aid/:id/cancel',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['social-aid'],
        summary: 'Withdraw a request not yet delivered, with a reason (If-Match)',
        params: IdParams,
        body: CancelSocialAidInput,
        response: { 200: SocialAidRequest },
      },
    },
    async (request, reply) => {
      const aid = await cancelSocialAid(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body.reason,
      );
      setEtag(reply, aid.version);
      return aid;
    },
  );
};
