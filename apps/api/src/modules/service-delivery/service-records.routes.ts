import {
  AdmitInput,
  DaySheetInput,
  DischargeInput,
  GroupSessionInput,
  IdParams,
  IndividualServiceInput,
  ResidentialStay,
  ServiceableCaseList,
  ServiceRecordList,
  ServiceRecordListQuery,
  ServiceSession,
  ServiceSessionList,
  ServiceSessionListQuery,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { admitResidential, dischargeResidential } from './residential-stays.service.js';
import { listCaseServiceRecords, listServiceSessions, readServiceSession } from './service-records.read.js';
import {
  listServiceableCases,
  recordDaySheet,
  recordGroupSession,
  recordIndividualService,
} from './service-records.service.js';

const ENTRY_RULES =
  'The case must be running with an active plan, at the caller’s institution; the day neither in the future nor ' +
  'before the case opened; sessions need their minutes, amounts their rupiah; a goal must be one of the active ' +
  'plan’s. The first service of a case in planning starts its service delivery. 422 with every problem at its field.';

export const serviceRecordsRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.post(
    '/cases/:id/service-records',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['services'],
        summary: 'Record an individual service for a case',
        description: ENTRY_RULES,
        params: IdParams,
        body: IndividualServiceInput,
        response: { 201: ServiceSession },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordIndividualService(context, callerOf(request), request.params.id, request.body)),
  );

  app.get(
    '/cases/:id/service-records',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['services'],
        summary: 'The services a case received, newest first (audited)',
        params: IdParams,
        querystring: ServiceRecordListQuery,
        response: { 200: ServiceRecordList },
      },
    },
    async (request) =>
      listCaseServiceRecords(context, actorOf(request), request.params.id, request.query, auditContextOf(request)),
  );

  app.post(
    '/group-sessions',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['services'],
        summary: 'Record a group session: one session, many beneficiaries, attendance marked',
        description: `${ENTRY_RULES} Each attendee is a case; an absent one is recorded as missed.`,
        body: GroupSessionInput,
        response: { 201: ServiceSession },
      },
    },
    async (request, reply) => reply.code(201).send(await recordGroupSession(context, callerOf(request), request.body)),
  );

  app.post(
    '/service-records/day-sheet',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['services'],
        summary: 'Record a worker’s day at once: several individual services, all or none',
        description: ENTRY_RULES,
        body: DaySheetInput,
        response: { 201: ServiceSessionList },
      },
    },
    async (request, reply) => reply.code(201).send(await recordDaySheet(context, callerOf(request), request.body)),
  );

  app.get(
    '/service-sessions',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['services'],
        summary: 'The sessions of one day at the caller’s institution, the caller’s own by default (audited)',
        querystring: ServiceSessionListQuery,
        response: { 200: ServiceSessionList },
      },
    },
    async (request) => listServiceSessions(context, actorOf(request), request.query, auditContextOf(request)),
  );

  app.get(
    '/service-sessions/:id',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['services'],
        summary: 'One session with everybody on it (audited)',
        params: IdParams,
        response: { 200: ServiceSession },
      },
    },
    async (request) => readServiceSession(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.get(
    '/serviceable-cases',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['services'],
        summary: 'The cases of the caller’s institution that may receive services now, with their goals (audited)',
        response: { 200: ServiceableCaseList },
      },
    },
    async (request) => listServiceableCases(context, actorOf(request), auditContextOf(request)),
  );

  app.post(
    '/cases/:id/residential-stays',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['services'],
        summary: 'Admit a case to residence (its active plan is residential)',
        description:
          '409 when the case has no active residential plan or already has an open stay. Over capacity is allowed ' +
          'and marked (`overCapacity`).',
        params: IdParams,
        body: AdmitInput,
        response: { 201: ResidentialStay },
      },
    },
    async (request, reply) => {
      const stay = await admitResidential(context, callerOf(request), request.params.id, request.body);
      setEtag(reply, stay.version);
      return reply.code(201).send(stay);
    },
  );

  app.post(
    '/residential-stays/:id/discharge',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['services'],
        summary: 'Record the discharge of a residential stay (If-Match)',
        params: IdParams,
        body: DischargeInput,
        response: { 200: ResidentialStay },
      },
    },
    async (request, reply) => {
      const stay = await dischargeResidential(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, stay.version);
      return stay;
    },
  );
};
