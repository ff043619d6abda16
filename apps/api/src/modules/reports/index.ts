export { reportsRoutes } from './reports.routes.js';
export { type ReportsContext, screeningReport } from './reports.service.js';
export { monthPeriod, suppress } from './suppression.js';
