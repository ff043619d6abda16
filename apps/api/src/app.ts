import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { benchFloorRoutes } from './bench/floor.routes.js';
import type { AuthConfig, CareSettings } from './config.js';
import { activitiesRoutes } from './modules/activities/index.js';
import { aftercareRoutes } from './modules/aftercare/index.js';
import { alertsRoutes } from './modules/alerts/index.js';
import { assessmentRoutes } from './modules/assessment/index.js';
import { auditRoutes } from './modules/audit/index.js';
import { authRoutes, registerAuth } from './modules/auth/index.js';
import { beneficiariesRoutes } from './modules/beneficiaries/index.js';
import { campaignsRoutes } from './modules/campaigns/index.js';
import { type CaseloadNorms, caseloadRoutes, DEFAULT_CASELOAD_NORMS } from './modules/caseload/index.js';
import { casesRoutes } from './modules/cases/index.js';
import { consentsRoutes } from './modules/consents/index.js';
import { dtksRoutes } from './modules/dtks/index.js';
import { healthRoutes } from './modules/health/index.js';
import { institutionsRoutes } from './modules/institutions/index.js';
import { CURRENT_INSTRUMENTS, type InstrumentSet, instrumentsRoutes } from './modules/instruments/index.js';
import { plansRoutes } from './modules/plans/index.js';
import { referralsRoutes } from './modules/referrals/index.js';
import { regionsRoutes } from './modules/regions/index.js';
import { reportsRoutes } from './modules/reports/index.js';
import { screeningRoutes } from './modules/screening/index.js';
import { serviceCatalogueRoutes } from './modules/service-catalogue/index.js';
import { serviceDeliveryRoutes } from './modules/service-delivery/index.js';
import { socialAidRoutes } from './modules/social-aid/index.js';
import { surveysRoutes } from './modules/surveys/index.js';
import { usersRoutes } from './modules/users/index.js';
import { workforceRoutes } from './modules/workforce/index.js';
import { worklistRoutes } from './modules/worklist/index.js';
import { FieldCipher, type KeyRing } from './platform/crypto/field-cipher.js';
import type { Database } from './platform/db/database.js';
import { registerErrorHandling, registerNotFound, toErrorReply } from './platform/http/error-handler.js';
import { registerIdempotency } from './platform/http/idempotency.js';
import { loggerOptions } from './platform/http/logger.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { validatorCompiler } from './platform/http/validation.js';
import { registerWebApp } from './platform/http/web.js';
import { DEFAULT_WEB_DIR } from './platform/paths.js';
import { DiskFileStorage, type FileStorage } from './platform/storage/file-storage.js';

export type AppOptions = {
  database: Database;
  logLevel?: string;
  /** The built web app; `null` serves the API alone. */
  webDir?: string | null;
  trustProxy?: boolean;
  auth: AuthConfig;
  /** Keys of field encryption and the blind index (ADR 0007). */
  keyRing: KeyRing;
  /** Referral deadline and aftercare schedule (defaults: 7 days; 1, 3, 6 and 12 months). */
  care?: CareSettings;
  /** Days before its end that a certification counts as `expiring` (default 90). */
  certificationExpiringDays?: number;
  /** Clients per social worker and per counsellor (defaults: 7 and 10). */
  caseloadNorms?: CaseloadNorms;
  /** The instrument definitions in force (default: those of this release); tests publish other revisions. */
  instruments?: InstrumentSet;
  /** The clock of date-based rules (certification status); fixed in tests. */
  clock?: () => Date;
  /** Uploaded documents; default: a fresh temporary directory (tests), the server passes `<data dir>/files`. */
  files?: { storage: FileStorage; maxBytes: number };
  /** Benchmark servers only: the floor routes of ADR 0012. */
  benchFloor?: boolean;
  /** Where log lines go (tests read them); standard output by default. */
  logStream?: { write(line: string): void };
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the HTTP application: platform first, then each module under /api/v1. No logic lives here. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    // A caller's X-Request-Id (a load balancer's, say) is kept when it is a plain token; otherwise we make one.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Errors the router raises before any hook runs (a path parameter over 100 characters, a malformed URL).
    frameworkErrors: (error, request, reply) => {
      const answer = toErrorReply(error, request);
      void (reply as FastifyReply).code(answer.status).send(answer.body);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Served over plain HTTP on a LAN it must not send browsers to https: TLS is the load balancer's job.
        upgradeInsecureRequests: null,
      },
    },
  });
  registerErrorHandling(app);
  await registerOpenApi(app);
  await registerAuth(app, options.database.db, options.auth);
  registerIdempotency(app, options.database.db);

  const { db } = options.database;
  const registry = {
    expiringDays: options.certificationExpiringDays ?? 90,
    clock: options.clock ?? (() => new Date()),
  };
  const instruments = options.instruments ?? CURRENT_INSTRUMENTS;
  const clientData = {
    db,
    cipher: new FieldCipher(options.keyRing),
    registry,
    care: options.care ?? { referralResponseDays: 7, aftercareMonths: [1, 3, 6, 12] },
  };
  const activities = {
    db,
    registry,
    files: options.files ?? {
      storage: new DiskFileStorage(mkdtempSync(join(tmpdir(), 'atensi-files-'))),
      maxBytes: 20 * 1024 * 1024,
    },
  };
  await app.register(
    async (api) => {
      await api.register(healthRoutes, { database: options.database });
      await api.register(regionsRoutes, { db });
      await api.register(authRoutes, { db, settings: options.auth });
      await api.register(usersRoutes, { db });
      await api.register(institutionsRoutes, { db, settings: registry });
      await api.register(workforceRoutes, { db, settings: registry });
      await api.register(caseloadRoutes, {
        context: { db, registry, norms: options.caseloadNorms ?? DEFAULT_CASELOAD_NORMS },
      });
      await api.register(alertsRoutes, { db, settings: registry });
      await api.register(beneficiariesRoutes, { context: clientData });
      await api.register(casesRoutes, { context: clientData });
      await api.register(consentsRoutes, { context: clientData });
      await api.register(referralsRoutes, { context: clientData });
      await api.register(aftercareRoutes, { context: clientData });
      await api.register(worklistRoutes, { context: clientData });
      await api.register(instrumentsRoutes, { db, instruments });
      await api.register(screeningRoutes, { context: clientData, instruments });
      await api.register(assessmentRoutes, { context: clientData, instruments });
      await api.register(reportsRoutes, { context: { db, registry } });
      await api.register(serviceCatalogueRoutes, { db });
      await api.register(plansRoutes, { context: clientData });
      await api.register(serviceDeliveryRoutes, { context: clientData });
      await api.register(dtksRoutes, { context: clientData });
      await api.register(socialAidRoutes, { context: clientData });
      await api.register(activitiesRoutes, { context: activities });
      await api.register(campaignsRoutes, { context: activities });
      await api.register(surveysRoutes, { context: activities });
      await api.register(auditRoutes, { db });
      if (options.benchFloor) await api.register(benchFloorRoutes, { db });
    },
    { prefix: '/api/v1' },
  );

  const webDir = options.webDir === undefined ? DEFAULT_WEB_DIR : options.webDir;
  const servesWebApp = webDir ? await registerWebApp(app, webDir) : false;
  registerNotFound(app, { servesWebApp });
  return app;
}
