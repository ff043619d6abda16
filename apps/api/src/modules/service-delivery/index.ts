import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { progressRoutes } from './progress.routes.js';
import { serviceRecordsRoutes } from './service-records.routes.js';

export { type PersonLine, recordSessions, SERVICEABLE_STATUSES } from './record-services.js';
export { residentialStays, serviceRecords, serviceSessions } from './service-delivery.table.js';

/** Service records, group sessions, day sheets, residential stays, progress and the institution summary. */
export const serviceDeliveryRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, options) => {
  await app.register(serviceRecordsRoutes, options);
  await app.register(progressRoutes, options);
};
