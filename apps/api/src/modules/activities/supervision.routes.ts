import {
  Checklist,
  ChecklistList,
  CreateChecklistInput,
  CreateFindingInput,
  CreateSupervisionInput,
  IdParams,
  SupervisionAnswersInput,
  SupervisionDetail,
  SupervisionVisitList,
  SupervisionVisitListQuery,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { setEtag } from '../../platform/db/concurrency.js';
import type { ActivitiesContext } from './activities.context.js';
import {
  addFinding,
  createSupervisionVisit,
  getSupervision,
  listSupervisionVisits,
  saveSupervisionAnswers,
} from './supervision.service.js';
import { createChecklist, getCurrentChecklist, listChecklists } from './supervision-checklists.service.js';

const tags = ['supervision'];

/** Supervision visits, their versioned checklist, score, findings and corrective actions. */
export const supervisionRoutes: FastifyPluginAsyncZod<{ context: ActivitiesContext }> = async (app, { context }) => {
  app.get(
    '/supervision/checklists',
    {
      config: { policy: 'activities:read' },
      schema: { tags, summary: 'Every version of the supervision checklist', response: { 200: ChecklistList } },
    },
    async (request) => listChecklists(context, actorOf(request)),
  );

  app.get(
    '/supervision/checklists/current',
    {
      config: { policy: 'activities:read' },
      schema: { tags, summary: 'The checklist new visits are scored with', response: { 200: Checklist } },
    },
    async (request) => getCurrentChecklist(context, actorOf(request)),
  );

  app.post(
    '/supervision/checklists',
    {
      config: { policy: 'supervision:checklist' },
      schema: {
        tags,
        summary: 'Publish a new version of the checklist (earlier visits keep theirs)',
        body: CreateChecklistInput,
        response: { 201: Checklist },
      },
    },
    async (request, reply) => reply.code(201).send(await createChecklist(context, callerOf(request), request.body)),
  );

  app.post(
    '/supervision-visits',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Record a supervision visit to a Balai/Loka or IPWL (scored with the current checklist)',
        body: CreateSupervisionInput,
        response: { 201: SupervisionDetail },
      },
    },
    async (request, reply) => {
      const visit = await createSupervisionVisit(context, callerOf(request), request.body);
      setEtag(reply, visit.version);
      return reply.code(201).header('location', `/api/v1/activities/${visit.activityId}/supervision`).send(visit);
    },
  );

  app.get(
    '/supervision-visits',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'Supervision visits within scope; with `institutionId`, that institution’s history',
        querystring: SupervisionVisitListQuery,
        response: { 200: SupervisionVisitList },
      },
    },
    async (request) => listSupervisionVisits(context, actorOf(request), request.query),
  );

  app.get(
    '/activities/:id/supervision',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'A visit: checklist with ratings, score by area, findings and corrective actions',
        params: IdParams,
        response: { 200: SupervisionDetail },
      },
    },
    async (request) => getSupervision(context, actorOf(request), request.params.id),
  );

  app.put(
    '/activities/:id/supervision/answers',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Rate checklist items (met, partial, not met, not applicable); the score is recomputed',
        params: IdParams,
        body: SupervisionAnswersInput,
        response: { 200: SupervisionDetail },
      },
    },
    async (request) => saveSupervisionAnswers(context, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/activities/:id/supervision/findings',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Record a finding, with its corrective action for the visited institution',
        params: IdParams,
        body: CreateFindingInput,
        response: { 201: SupervisionDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addFinding(context, callerOf(request), request.params.id, request.body)),
  );
};
