export { findInstitutionByCode, findInstitutionsByIds } from './institutions.repository.js';
export { institutionsRoutes } from './institutions.routes.js';
export { isWithinScope, NATIONAL_SCOPE, type Scope, scopeOf, withinScope } from './institutions.scope.js';
export { type InstitutionRow, institutions } from './institutions.table.js';
