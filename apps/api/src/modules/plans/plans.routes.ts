import {
  IdParams,
  Plan,
  PlanAwaitingList,
  PlanDecisionInput,
  PlanInput,
  PlanList,
  PlanReturnInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { approvePlan, listAwaitingApproval, returnPlan, submitPlan } from './plan-decisions.service.js';
import { createPlan, readCasePlans, readPlan, updatePlan } from './plans.service.js';

export const plansRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.get(
    '/cases/:id/plans',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['plans'],
        summary: 'Every revision of a case’s intervention plan, newest first (audited)',
        description:
          'Each revision with its goals (progress from the service records), planned services (occurrences over ' +
          'the plan), history of submissions and decisions, warnings, and the actions the caller may take.',
        params: IdParams,
        response: { 200: PlanList },
      },
    },
    async (request) => readCasePlans(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.post(
    '/cases/:id/plans',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['plans'],
        summary: 'Start the intervention plan of a case, or a revision of its active plan (a draft)',
        description:
          'A low-risk case in family-based rehabilitation moves into planning. 409 `case.assessment_required` ' +
          'while the further assessment is not complete; 409 `plan.open_revision_exists` when a revision is ' +
          'already being written or waiting for a decision. 422 with every problem at its field.',
        params: IdParams,
        body: PlanInput,
        response: { 201: Plan },
      },
    },
    async (request, reply) => {
      const plan = await createPlan(context, callerOf(request), request.params.id, request.body);
      setEtag(reply, plan.version);
      return reply.code(201).header('location', `/api/v1/plans/${plan.id}`).send(plan);
    },
  );

  app.get(
    '/plans/awaiting-approval',
    {
      config: { policy: 'plans:approve' },
      schema: {
        tags: ['plans'],
        summary: 'Plans waiting for the manager’s decision at their institution (audited)',
        response: { 200: PlanAwaitingList },
      },
    },
    async (request) => listAwaitingApproval(context, actorOf(request), auditContextOf(request)),
  );

  app.get(
    '/plans/:id',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['plans'],
        summary: 'One revision of an intervention plan (audited)',
        params: IdParams,
        response: { 200: Plan },
      },
    },
    async (request, reply) => {
      const plan = await readPlan(context, actorOf(request), request.params.id, auditContextOf(request));
      setEtag(reply, plan.version);
      return plan;
    },
  );

  app.put(
    '/plans/:id',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['plans'],
        summary: 'Save a draft or returned revision (If-Match): goals and services are replaced as a whole',
        params: IdParams,
        body: PlanInput,
        response: { 200: Plan },
      },
    },
    async (request, reply) => {
      const plan = await updatePlan(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, plan.version);
      return plan;
    },
  );

  app.post(
    '/plans/:id/submit',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['plans'],
        summary: 'Submit a revision (If-Match): active at once for a low-risk case, else waits for approval',
        description: '409 `plan.incomplete` without at least one goal and one planned service.',
        params: IdParams,
        response: { 200: Plan },
      },
    },
    async (request, reply) => {
      const plan = await submitPlan(context, callerOf(request), request.params.id, expectedVersion(request));
      setEtag(reply, plan.version);
      return plan;
    },
  );

  app.post(
    '/plans/:id/approve',
    {
      config: { policy: 'plans:approve' },
      schema: {
        tags: ['plans'],
        summary: 'Approve a submitted revision (If-Match): a manager of the case’s institution, never its author',
        description:
          '403 `plan.own_plan` for the revision’s author (who wrote or submitted it). The revision becomes the ' +
          'active plan; the previous active revision is superseded.',
        params: IdParams,
        body: PlanDecisionInput,
        response: { 200: Plan },
      },
    },
    async (request, reply) => {
      const plan = await approvePlan(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, plan.version);
      return plan;
    },
  );

  app.post(
    '/plans/:id/return',
    {
      config: { policy: 'plans:approve' },
      schema: {
        tags: ['plans'],
        summary: 'Return a submitted revision with comments (If-Match)',
        params: IdParams,
        body: PlanReturnInput,
        response: { 200: Plan },
      },
    },
    async (request, reply) => {
      const plan = await returnPlan(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, plan.version);
      return plan;
    },
  );
};
