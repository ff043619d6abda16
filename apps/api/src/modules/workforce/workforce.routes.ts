import {
  CreateStaffCertificationInput,
  CreateStaffInput,
  IdParams,
  Staff,
  StaffCertificationParams,
  StaffList,
  StaffListQuery,
  UpdateStaffInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import type { Db } from '../../platform/db/database.js';
import type { RegistrySettings } from '../institutions/index.js';
import {
  addStaffCertification,
  createStaff,
  getStaff,
  listStaff,
  removeStaffCertification,
  updateStaff,
} from './workforce.service.js';

export const workforceRoutes: FastifyPluginAsyncZod<{ db: Db; settings: RegistrySettings }> = async (
  app,
  { db, settings },
) => {
  app.get(
    '/staff',
    {
      config: { policy: 'workforce:read' },
      schema: {
        tags: ['workforce'],
        summary: 'Staff within the caller’s scope, with certification status',
        querystring: StaffListQuery,
        response: { 200: StaffList },
      },
    },
    async (request) => listStaff(db, settings, actorOf(request), request.query),
  );

  app.get(
    '/staff/:id',
    {
      config: { policy: 'workforce:read' },
      schema: { tags: ['workforce'], summary: 'One staff member', params: IdParams, response: { 200: Staff } },
    },
    async (request, reply) => {
      const member = await getStaff(db, settings, actorOf(request), request.params.id);
      setEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/staff',
    {
      config: { policy: 'workforce:manage' },
      schema: {
        tags: ['workforce'],
        summary: 'Register a staff member',
        body: CreateStaffInput,
        response: { 201: Staff },
      },
    },
    async (request, reply) => {
      const member = await createStaff(db, settings, callerOf(request), request.body);
      setEtag(reply, member.version);
      return reply.code(201).header('location', `/api/v1/staff/${member.id}`).send(member);
    },
  );

  app.patch(
    '/staff/:id',
    {
      config: { policy: 'workforce:manage' },
      schema: {
        tags: ['workforce'],
        summary: 'Edit a staff member (If-Match); set employedUntil when they leave',
        params: IdParams,
        body: UpdateStaffInput,
        response: { 200: Staff },
      },
    },
    async (request, reply) => {
      const member = await updateStaff(
        db,
        settings,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/staff/:id/certifications',
    {
      config: { policy: 'workforce:manage' },
      schema: {
        tags: ['workforce'],
        summary: 'Add a certificate (type, level, issuer such as LSPS, validity)',
        params: IdParams,
        body: CreateStaffCertificationInput,
        response: { 201: Staff },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addStaffCertification(db, settings, callerOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/staff/:id/certifications/:certificationId',
    {
      config: { policy: 'workforce:manage' },
      schema: {
        tags: ['workforce'],
        summary: 'Remove a certificate entered by mistake',
        params: StaffCertificationParams,
        response: { 200: Staff },
      },
    },
    async (request) =>
      removeStaffCertification(db, settings, callerOf(request), request.params.id, request.params.certificationId),
  );
};
