import { Assessment, AssessmentInput, IdParams } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import type { InstrumentSet } from '../instruments/index.js';
import { completeAssessment, readAssessment, saveAssessment } from './assessment.service.js';

export const assessmentRoutes: FastifyPluginAsyncZod<{
  context: ClientDataContext;
  instruments: InstrumentSet;
}> = async (app, { context, instruments }) => {
  app.get(
    '/cases/:id/assessment',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['screening'],
        summary: 'The further assessment of a case (audited)',
        params: IdParams,
        response: { 200: Assessment },
      },
    },
    async (request) =>
      readAssessment(context, instruments, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.put(
    '/cases/:id/assessment',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['screening'],
        summary:
          'Save the further assessment as a draft (ASI domains 0-9, urine test, needs per ATENSI component, stage of change, recommendation)',
        params: IdParams,
        body: AssessmentInput,
        response: { 200: Assessment },
      },
    },
    async (request) => saveAssessment(context, instruments, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/assessment/complete',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['screening'],
        summary: 'Complete the further assessment; the case moves to planning (409 with what is missing)',
        params: IdParams,
        response: { 200: Assessment },
      },
    },
    async (request) => completeAssessment(context, instruments, callerOf(request), request.params.id),
  );
};
