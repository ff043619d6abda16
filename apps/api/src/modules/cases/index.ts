export { ACTIVE_STATUSES, allowedActions, transition } from './case-status.js';
export { insertCaseEvents, recordCaseEvent } from './cases.repository.js';
export { casesRoutes } from './cases.routes.js';
export { caseWithinScope } from './cases.scope.js';
export { type CaseRow, cases } from './cases.table.js';
