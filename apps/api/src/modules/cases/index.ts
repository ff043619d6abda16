export { ACTIVE_STATUSES, allowedActions, type CaseFacts, factsOfCase, transition } from './case-status.js';
export { insertCaseEvents, recordCaseEvent, recordCaseMove } from './cases.repository.js';
export { casesRoutes } from './cases.routes.js';
export { caseWithinScope } from './cases.scope.js';
export { type CaseRow, cases } from './cases.table.js';
