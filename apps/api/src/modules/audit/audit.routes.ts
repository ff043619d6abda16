import { Readable } from 'node:stream';
import { AuditEventExportQuery, AuditEventList, AuditEventQuery } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/database.js';
import { auditCsvLines } from './audit.export.js';
import { listAuditEvents, recordAuditExport } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/audit-events',
    {
      config: { policy: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit trail, newest first',
        description:
          'Dates are calendar days in WIB (UTC+7), inclusive. Pass `nextCursor` as `before` for the next page.',
        querystring: AuditEventQuery,
        response: { 200: AuditEventList },
      },
    },
    async (request) => listAuditEvents(db, actorOf(request), request.query, auditContextOf(request)),
  );

  app.get(
    '/audit-events/export',
    {
      config: { policy: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Export the matching audit events as CSV (oldest first)',
        querystring: AuditEventExportQuery,
        produces: ['text/csv'],
        response: { 200: z.string().meta({ description: 'CSV, RFC 4180, UTF-8' }) },
      },
    },
    async (request, reply) => {
      const filter = await recordAuditExport(db, actorOf(request), request.query, auditContextOf(request));
      const lines = (async function* () {
        for await (const line of auditCsvLines(db, filter)) yield `${line}\r\n`;
      })();
      const stamp = new Date().toISOString().slice(0, 10);
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="atensi-audit-${stamp}.csv"`)
          // A stream of CSV lines; the schema's string documents the body, it is not serialised.
          .send(Readable.from(lines) as unknown as string)
      );
    },
  );
};
