import {
  CaseNote,
  CaseNoteList,
  CreateCaseNoteInput,
  FollowUpList,
  IdParams,
  RecordFollowUpInput,
  RecordFollowUpResult,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion } from '../../platform/db/concurrency.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { addCaseNote, listCaseNotes, listFollowUps, recordFollowUp } from './aftercare.service.js';

export const aftercareRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.get(
    '/cases/:id/follow-ups',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['aftercare'],
        summary: 'The aftercare visits of a case (audited)',
        params: IdParams,
        response: { 200: FollowUpList },
      },
    },
    async (request) => listFollowUps(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.post(
    '/follow-ups/:id',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['aftercare'],
        summary: 'Record an aftercare visit (If-Match); a relapse opens a new linked case',
        params: IdParams,
        body: RecordFollowUpInput,
        response: { 200: RecordFollowUpResult },
      },
    },
    async (request) =>
      recordFollowUp(context, callerOf(request), request.params.id, expectedVersion(request), request.body),
  );

  app.get(
    '/cases/:id/notes',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['aftercare'],
        summary: 'Confidential case notes (every read audited)',
        params: IdParams,
        response: { 200: CaseNoteList },
      },
    },
    async (request) => listCaseNotes(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.post(
    '/cases/:id/notes',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['aftercare'],
        summary: 'Add a confidential case note (sealed at rest)',
        params: IdParams,
        body: CreateCaseNoteInput,
        response: { 201: CaseNote },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addCaseNote(context, callerOf(request), request.params.id, request.body.body)),
  );
};
