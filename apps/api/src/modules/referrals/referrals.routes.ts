import {
  CreateReferralInput,
  DeclineReferralInput,
  IdParams,
  InstitutionType,
  Referral,
  ReferralList,
  ReferralListQuery,
  ReferralOutcomeInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import { languageOf } from '../../platform/http/error-handler.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import {
  acceptReferral,
  cancelReferral,
  createReferral,
  declineReferral,
  listReferrals,
  listReferralTargets,
  readReferral,
  reportReferralOutcome,
} from './referrals.service.js';

export const referralsRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.post(
    '/cases/:id/referrals',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['referrals'],
        summary: 'Refer a running case to another institution (needs a valid consent)',
        description:
          '409 `conflict` with `details.reason: "consent_required"` when no valid consent covers the receiver; the ' +
          'disclosure is recorded with the referral. The receiver answers within the configured number of days.',
        params: IdParams,
        body: CreateReferralInput,
        response: { 201: Referral },
      },
    },
    async (request, reply) => {
      const referral = await createReferral(
        context,
        callerOf(request),
        request.params.id,
        request.body,
        languageOf(request),
      );
      setEtag(reply, referral.version);
      return reply.code(201).header('location', `/api/v1/referrals/${referral.id}`).send(referral);
    },
  );

  app.get(
    '/referral-targets',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['referrals'],
        summary: 'Open institutions a case can be referred to (the public directory, whatever the caller’s scope)',
        querystring: z.object({ type: InstitutionType.optional() }).strict(),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: z.string(),
                type: InstitutionType,
                regionCode: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => listReferralTargets(context, actorOf(request), request.query.type),
  );

  app.get(
    '/referrals',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['referrals'],
        summary: 'Referrals received by (incoming) or sent from (outgoing) the caller’s institutions',
        querystring: ReferralListQuery,
        response: { 200: ReferralList },
      },
    },
    async (request) =>
      listReferrals(context, actorOf(request), request.query, auditContextOf(request), languageOf(request)),
  );

  app.get(
    '/referrals/:id',
    {
      config: { policy: 'beneficiaries:read' },
      schema: { tags: ['referrals'], summary: 'One referral (audited)', params: IdParams, response: { 200: Referral } },
    },
    async (request, reply) => {
      const referral = await readReferral(
        context,
        actorOf(request),
        request.params.id,
        auditContextOf(request),
        languageOf(request),
      );
      setEtag(reply, referral.version);
      return referral;
    },
  );

  const answerRoute = (action: 'accept' | 'cancel', summary: string, run: typeof acceptReferral) =>
    app.post(
      `/referrals/:id/${action}`,
      {
        config: { policy: 'beneficiaries:write' },
        schema: { tags: ['referrals'], summary, params: IdParams, response: { 200: Referral } },
      },
      async (request, reply) => {
        const referral = await run(
          context,
          callerOf(request),
          request.params.id,
          expectedVersion(request),
          languageOf(request),
        );
        setEtag(reply, referral.version);
        return referral;
      },
    );
  answerRoute('accept', 'The receiver accepts (If-Match); a transfer moves the case to the receiver', acceptReferral);
  answerRoute('cancel', 'The sender withdraws a referral still waiting (If-Match)', cancelReferral);

  app.post(
    '/referrals/:id/decline',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['referrals'],
        summary: 'The receiver declines, with a reason (If-Match)',
        params: IdParams,
        body: DeclineReferralInput,
        response: { 200: Referral },
      },
    },
    async (request, reply) => {
      const referral = await declineReferral(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body.reason,
        languageOf(request),
      );
      setEtag(reply, referral.version);
      return referral;
    },
  );

  app.post(
    '/referrals/:id/outcome',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['referrals'],
        summary: 'The receiver reports the outcome back to the sender (If-Match)',
        params: IdParams,
        body: ReferralOutcomeInput,
        response: { 200: Referral },
      },
    },
    async (request, reply) => {
      const referral = await reportReferralOutcome(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body.outcome,
        languageOf(request),
      );
      setEtag(reply, referral.version);
      return referral;
    },
  );
};
