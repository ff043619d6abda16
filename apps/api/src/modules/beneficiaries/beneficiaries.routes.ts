import {
  Beneficiary,
  BeneficiaryList,
  BeneficiarySearchQuery,
  CreateBeneficiaryInput,
  DuplicateCandidates,
  DuplicateQuery,
  IdParams,
  MergeBeneficiaryInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf, callerOf } from '../../platform/auth/actor.js';
import { setEtag } from '../../platform/db/concurrency.js';
import {
  type ClientDataContext,
  duplicateCandidates,
  findBeneficiaries,
  mergeBeneficiaries,
  readBeneficiary,
  registerBeneficiary,
} from './beneficiaries.service.js';

export const beneficiariesRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.post(
    '/beneficiaries',
    {
      config: { policy: 'beneficiaries:write' },
      schema: {
        tags: ['beneficiaries'],
        summary: 'Register a beneficiary (penerima manfaat) at the caller’s institution',
        description:
          '422 `invalid` for a malformed NIK, or one inconsistent with sex or birth date, or whose district does not ' +
          'exist; 409 `conflict` when the NIK is already registered (`details.existingId` when the caller may see it).',
        body: CreateBeneficiaryInput,
        response: { 201: Beneficiary },
      },
    },
    async (request, reply) => {
      const beneficiary = await registerBeneficiary(context, callerOf(request), request.body);
      setEtag(reply, beneficiary.version);
      return reply.code(201).header('location', `/api/v1/beneficiaries/${beneficiary.id}`).send(beneficiary);
    },
  );

  app.get(
    '/beneficiaries',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['beneficiaries'],
        summary: 'Search beneficiaries in scope by exact NIK, name or alias, region, birth date (audited)',
        querystring: BeneficiarySearchQuery,
        response: { 200: BeneficiaryList },
      },
    },
    async (request) => findBeneficiaries(context, actorOf(request), request.query, auditContextOf(request)),
  );

  app.get(
    '/beneficiaries/duplicates',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['beneficiaries'],
        summary: 'Possible duplicates before registering: similar name, same birth date, same regency',
        querystring: DuplicateQuery,
        response: { 200: DuplicateCandidates },
      },
    },
    async (request) => duplicateCandidates(context, actorOf(request), request.query, auditContextOf(request)),
  );

  app.post(
    '/beneficiaries/:id/merge',
    {
      config: { policy: 'beneficiaries:merge' },
      schema: {
        tags: ['beneficiaries'],
        summary: 'Fold a duplicate registration into this one (both histories kept, audited)',
        params: IdParams,
        body: MergeBeneficiaryInput,
        response: { 200: Beneficiary },
      },
    },
    async (request, reply) => {
      const merged = await mergeBeneficiaries(context, callerOf(request), request.params.id, request.body.duplicateId);
      setEtag(reply, merged.version);
      return merged;
    },
  );

  app.get(
    '/beneficiaries/:id',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['beneficiaries'],
        summary: 'One beneficiary (audited; 404 outside the caller’s scope)',
        params: IdParams,
        response: { 200: Beneficiary },
      },
    },
    async (request, reply) => {
      const beneficiary = await readBeneficiary(context, actorOf(request), request.params.id, auditContextOf(request));
      setEtag(reply, beneficiary.version);
      return beneficiary;
    },
  );
};
