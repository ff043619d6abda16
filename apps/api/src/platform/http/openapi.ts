import { ErrorBody } from '@atensi/contracts';
import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const OPENAPI_PATH = '/api/v1/openapi.json';
export const DOCS_PATH = '/api/docs';

/**
 * The OpenAPI 3 document is generated from the same zod schemas that validate requests, so it cannot drift from
 * the code. Every route with a schema also documents the contract's error body for its 4xx and 5xx answers.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return;
    route.schema.response = { ...(route.schema.response as object), '4xx': ErrorBody, '5xx': ErrorBody };
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Atensi API',
        version: '1.0.0',
        description:
          'Case management and programme monitoring for ATENSI, the social rehabilitation of victims of drug abuse ' +
          '(korban penyalahgunaan NAPZA). Errors: `{ error: { code, message, details? } }`, messages in the language ' +
          'of `Accept-Language` (`id` default, `en`). Creates accept an `Idempotency-Key` header; updates need ' +
          '`If-Match` with the ETag last read.',
      },
      tags: [
        { name: 'platform', description: 'Health and service information' },
        { name: 'regions', description: 'Kemendagri regions (idn-area-data, ODbL)' },
        { name: 'auth', description: 'Sign-in, sessions, one’s own account, TOTP and personal API tokens' },
        { name: 'users', description: 'User administration (admin)' },
        { name: 'institutions', description: 'Balai/Loka, IPWL and partners, within the caller’s scope' },
        { name: 'workforce', description: 'Staff of institutions and their certifications' },
        { name: 'alerts', description: 'Expiring certifications and institutions short of certified staff' },
        {
          name: 'beneficiaries',
          description: 'Beneficiaries (penerima manfaat): registration, search, duplicates, merge',
        },
        { name: 'cases', description: 'Cases (episodes): opening, state machine, work list' },
        { name: 'screening', description: 'WHO ASSIST v3.0 screening and routing' },
        { name: 'consents', description: 'Consent and the accounting of disclosures' },
        { name: 'referrals', description: 'Referrals between institutions (closed loop)' },
        { name: 'aftercare', description: 'Aftercare visits and confidential case notes' },
        { name: 'plans', description: 'Intervention plans (rencana intervensi): revisions, submission, approval' },
        {
          name: 'services',
          description:
            'ATENSI service delivery: catalogue, service records, group sessions, residential stays, progress',
        },
        {
          name: 'dtks',
          description: 'DTKS standing of beneficiaries; Pusdatin’s queue of checks and inclusion proposals',
        },
        {
          name: 'social-aid',
          description: 'Social aid (component 6): requests, DTKS-gated approval, delivery, receipt',
        },
        {
          name: 'activities',
          description: 'The Directorate’s indirect services: activities, follow-up, bimtek, reports',
        },
        {
          name: 'supervision',
          description: 'Supervision visits, the versioned checklist, findings, corrective actions',
        },
        { name: 'campaigns', description: 'Prevention campaigns by channel, reach and cost per person reached' },
        { name: 'surveys', description: 'Media surveys: questions, responses, CSV import, shares with 95% CIs' },
        { name: 'audit', description: 'The tamper-evident audit trail (admin, inspektorat)' },
      ],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'atensi_session',
            description: 'From POST /api/v1/auth/login. Writes also need the X-CSRF-Token header.',
          },
          bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (POST /api/v1/me/tokens)' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.get(OPENAPI_PATH, { schema: { hide: true }, config: { policy: 'public' } }, async () => app.swagger());

  await app.register(scalar, {
    routePrefix: DOCS_PATH,
    configuration: { url: OPENAPI_PATH, title: 'Atensi API' },
    hooks: {
      // The reference page boots from an inline script: allow it there, and only there.
      onRequest: async (_request, reply) => {
        reply.header(
          'content-security-policy',
          "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
        );
      },
    },
  });
}
