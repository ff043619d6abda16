import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { runAlerts } from './modules/alerts/index.js';
import { anchorAuditTrail } from './modules/audit/index.js';
import { purgeExpiredSessions, purgeLoginThrottles } from './modules/auth/index.js';
import { loadRegions } from './modules/regions/index.js';
import { CLI_AUDIT_CONTEXT } from './platform/auth/actor.js';
import { type Database, openDatabase } from './platform/db/database.js';
import { migrate } from './platform/db/migrate.js';
import { type OutboxHandlers, relayOutbox } from './platform/db/outbox.js';
import { purgeIdempotencyKeys } from './platform/http/idempotency.js';
import { DiskFileStorage } from './platform/storage/file-storage.js';

/** Side-effect handlers by outbox topic; modules add theirs here as they gain side effects. */
const outboxHandlers: OutboxHandlers = {};

const RELAY_INTERVAL_MS = 2_000;
const PURGE_INTERVAL_MS = 3_600_000;
const ALERTS_INTERVAL_MS = 24 * 3_600_000;

export type RunningServer = { app: FastifyInstance; database: Database; url: string; close(): Promise<void> };

export function databaseOptions(config: Config, command: string) {
  return config.database.kind === 'pglite'
    ? { kind: 'pglite' as const, dataDir: config.database.dataDir, command }
    : { kind: 'postgres' as const, url: config.database.url, poolSize: config.database.poolSize };
}

/** Opens the database, brings it up to date, and serves the API and web app until `close()`. */
export async function startServer(
  config: Config,
  options: { migrate?: boolean; port?: number; log?: (line: string) => void } = {},
): Promise<RunningServer> {
  const database = await openDatabase(databaseOptions(config, 'atensi serve'));
  try {
    if (options.migrate !== false) {
      const report = await migrate(database);
      if (report.applied.length > 0) options.log?.(`applied migrations: ${report.applied.join(', ')}`);
      const regions = await loadRegions(database);
      if (!regions.skipped) options.log?.(`loaded ${regions.rows} regions (idn-area-data ${regions.version})`);
    }
    const app = await buildApp({
      database,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      auth: config.auth,
      keyRing: config.keyRing,
      care: config.care,
      certificationExpiringDays: config.certificationExpiringDays,
      caseloadNorms: config.caseloadNorms,
      files: { storage: new DiskFileStorage(config.documents.dir), maxBytes: config.documents.maxBytes },
      benchFloor: config.benchFloor,
      ...(config.webDir ? { webDir: config.webDir } : {}),
    });
    const url = await app.listen({ port: options.port ?? config.port, host: config.host });
    const registry = { expiringDays: config.certificationExpiringDays, clock: () => new Date() };
    const raiseAlerts = () =>
      runAlerts(database.db, registry, CLI_AUDIT_CONTEXT).catch((error) =>
        app.log.error({ err: error }, 'alerts run failed'),
      );
    void raiseAlerts();
    const timers = [
      setInterval(raiseAlerts, ALERTS_INTERVAL_MS),
      setInterval(() => {
        relayOutbox(database.db, outboxHandlers, app.log).catch((error) =>
          app.log.error({ err: error }, 'outbox relay failed'),
        );
      }, RELAY_INTERVAL_MS),
      setInterval(() => {
        anchorAuditTrail(database.db).catch((error) => app.log.error({ err: error }, 'audit anchor failed'));
        purgeIdempotencyKeys(database.db).catch((error) => app.log.error({ err: error }, 'idempotency purge failed'));
        purgeExpiredSessions(database.db, new Date(), config.auth.idleTimeoutMinutes * 60_000).catch((error) =>
          app.log.error({ err: error }, 'session purge failed'),
        );
        purgeLoginThrottles(database.db, new Date()).catch((error) =>
          app.log.error({ err: error }, 'login throttle purge failed'),
        );
      }, PURGE_INTERVAL_MS),
    ];
    for (const timer of timers) timer.unref();
    let closed = false;
    return {
      app,
      database,
      url,
      close: async () => {
        if (closed) return;
        closed = true;
        for (const timer of timers) clearInterval(timer);
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
