import { AlertList, AlertListQuery, AlertRunResult } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContextOf } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import type { RegistrySettings } from '../institutions/index.js';
import { listAlerts, runAlerts } from './alerts.service.js';

export const alertsRoutes: FastifyPluginAsyncZod<{ db: Db; settings: RegistrySettings }> = async (
  app,
  { db, settings },
) => {
  app.get(
    '/alerts',
    {
      config: { policy: 'alerts:read' },
      schema: {
        tags: ['alerts'],
        summary: 'Open certification and staffing alerts within the caller’s scope',
        querystring: AlertListQuery,
        response: { 200: AlertList },
      },
    },
    async (request) => listAlerts(db, settings, actorOf(request), request.query),
  );

  app.post(
    '/alerts/run',
    {
      config: { policy: 'certification:manage' },
      schema: {
        tags: ['alerts'],
        summary: 'Recompute the alerts now (the server also does it daily)',
        response: { 200: AlertRunResult },
      },
    },
    async (request) => runAlerts(db, settings, auditContextOf(request)),
  );
};
