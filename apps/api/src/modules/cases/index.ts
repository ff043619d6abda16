export { ACTIVE_STATUSES, allowedActions, transition } from './case-status.js';
export { casesRoutes } from './cases.routes.js';
export { type CaseRow, cases } from './cases.table.js';
