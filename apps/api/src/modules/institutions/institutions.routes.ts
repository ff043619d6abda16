import {
  CreateAccreditationInput,
  CreateDesignationInput,
  CreateInstitutionInput,
  CreatePartnershipInput,
  EndPartnershipInput,
  IdParams,
  InstitutionDetail,
  InstitutionExportQuery,
  InstitutionList,
  InstitutionListQuery,
  Partnership,
  PartnershipList,
  PartnershipListQuery,
  RequirementParams,
  SetRequirementInput,
  SuspendInput,
  UpdateInstitutionInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import {
  addAccreditation,
  addDesignation,
  liftInstitutionSuspension,
  setRequirement,
  suspendInstitution,
} from './certification.service.js';
import { directoryCsv, directoryXlsx } from './institutions.export.js';
import {
  createInstitution,
  getInstitution,
  listInstitutions,
  type RegistrySettings,
  updateInstitution,
} from './institutions.service.js';
import { createPartnership, endPartnership, listPartnerships } from './partnerships.service.js';

export const institutionsRoutes: FastifyPluginAsyncZod<{ db: Db; settings: RegistrySettings }> = async (
  app,
  { db, settings },
) => {
  app.get(
    '/institutions',
    {
      config: { policy: 'institutions:read' },
      schema: {
        tags: ['institutions'],
        summary: 'Institutions within the caller’s scope, with their certification status',
        querystring: InstitutionListQuery,
        response: { 200: InstitutionList },
      },
    },
    async (request) => listInstitutions(db, settings, actorOf(request), request.query),
  );

  app.get(
    '/institutions/export',
    {
      config: { policy: 'institutions:read' },
      schema: {
        tags: ['institutions'],
        summary: 'The directory (same filters as the list) as CSV or Excel',
        querystring: InstitutionExportQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.string().meta({ description: 'CSV (UTF-8 with BOM) or XLSX' }) },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const { items } = await listInstitutions(db, settings, actorOf(request), query);
      const names = new Map(items.map((item) => [item.id, item.name]));
      const rows = items.map((item) => ({ ...item, parent: item.parentId ? (names.get(item.parentId) ?? '') : '' }));
      const stamp = new Date().toISOString().slice(0, 10);
      void reply.header('content-disposition', `attachment; filename="atensi-lembaga-${stamp}.${format}"`);
      if (format === 'xlsx') {
        void reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        // Binary: the schema's string documents the body; it is sent as is.
        return reply.send((await directoryXlsx(rows)) as unknown as string);
      }
      return reply.type('text/csv; charset=utf-8').send(directoryCsv(rows));
    },
  );

  app.get(
    '/institutions/:id',
    {
      config: { policy: 'institutions:read' },
      schema: {
        tags: ['institutions'],
        summary: 'One institution: profile, history, certification, requirements (404 outside the caller’s scope)',
        params: IdParams,
        response: { 200: InstitutionDetail },
      },
    },
    async (request, reply) => {
      const detail = await getInstitution(db, settings, actorOf(request), request.params.id);
      setEtag(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/institutions',
    {
      config: { policy: 'institutions:create' },
      schema: {
        tags: ['institutions'],
        summary: 'Register an institution',
        body: CreateInstitutionInput,
        response: { 201: InstitutionDetail },
      },
    },
    async (request, reply) => {
      const detail = await createInstitution(db, settings, callerOf(request), request.body);
      setEtag(reply, detail.version);
      return reply.code(201).header('location', `/api/v1/institutions/${detail.id}`).send(detail);
    },
  );

  app.patch(
    '/institutions/:id',
    {
      config: { policy: 'institutions:edit' },
      schema: {
        tags: ['institutions'],
        summary: 'Edit a profile (If-Match); name and parent changes are kept in the history',
        params: IdParams,
        body: UpdateInstitutionInput,
        response: { 200: InstitutionDetail },
      },
    },
    async (request, reply) => {
      const detail = await updateInstitution(
        db,
        settings,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/institutions/:id/designations',
    {
      config: { policy: 'certification:manage' },
      schema: {
        tags: ['institutions'],
        summary: 'Record an IPWL designation decree',
        params: IdParams,
        body: CreateDesignationInput,
        response: { 201: InstitutionDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addDesignation(db, settings, callerOf(request), request.params.id, request.body)),
  );

  app.post(
    '/institutions/:id/accreditations',
    {
      config: { policy: 'certification:manage' },
      schema: {
        tags: ['institutions'],
        summary: 'Record an accreditation (grade, issuer, validity)',
        params: IdParams,
        body: CreateAccreditationInput,
        response: { 201: InstitutionDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addAccreditation(db, settings, callerOf(request), request.params.id, request.body)),
  );

  app.post(
    '/institutions/:id/suspension',
    {
      config: { policy: 'certification:manage' },
      schema: {
        tags: ['institutions'],
        summary: 'Suspend an institution’s certification (409 when already suspended)',
        params: IdParams,
        body: SuspendInput,
        response: { 200: InstitutionDetail },
      },
    },
    async (request) => suspendInstitution(db, settings, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/institutions/:id/suspension',
    {
      config: { policy: 'certification:manage' },
      schema: {
        tags: ['institutions'],
        summary: 'Lift the running suspension (409 when there is none)',
        params: IdParams,
        response: { 200: InstitutionDetail },
      },
    },
    async (request) => liftInstitutionSuspension(db, settings, callerOf(request), request.params.id),
  );

  app.put(
    '/institutions/:id/requirements/:requirement',
    {
      config: { policy: 'certification:manage' },
      schema: {
        tags: ['institutions'],
        summary: 'Record whether an IPWL meets a requirement, with evidence',
        params: RequirementParams,
        body: SetRequirementInput,
        response: { 200: InstitutionDetail },
      },
    },
    async (request) =>
      setRequirement(db, settings, callerOf(request), request.params.id, request.params.requirement, request.body),
  );

  app.get(
    '/partnerships',
    {
      config: { policy: 'institutions:read' },
      schema: {
        tags: ['institutions'],
        summary: 'Partnerships with at least one side within the caller’s scope',
        querystring: PartnershipListQuery,
        response: { 200: PartnershipList },
      },
    },
    async (request) => listPartnerships(db, settings, actorOf(request), request.query),
  );

  app.post(
    '/partnerships',
    {
      config: { policy: 'partnerships:manage' },
      schema: {
        tags: ['institutions'],
        summary: 'Record a partnership (MoU) between a Balai/Loka and a partner',
        body: CreatePartnershipInput,
        response: { 201: Partnership },
      },
    },
    async (request, reply) => {
      const partnership = await createPartnership(db, settings, callerOf(request), request.body);
      setEtag(reply, partnership.version);
      return reply.code(201).send(partnership);
    },
  );

  app.post(
    '/partnerships/:id/end',
    {
      config: { policy: 'partnerships:manage' },
      schema: {
        tags: ['institutions'],
        summary: 'End a partnership on a day (If-Match)',
        params: IdParams,
        body: EndPartnershipInput,
        response: { 200: Partnership },
      },
    },
    async (request, reply) => {
      const partnership = await endPartnership(
        db,
        settings,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body.validUntil,
      );
      setEtag(reply, partnership.version);
      return partnership;
    },
  );
};
