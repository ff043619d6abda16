export { addDays, admissionBlock, bestStatus, todayInJakarta, validityStatus } from './certification-status.js';
export {
  countCertifiedStaff,
  findInstitution,
  findInstitutionByCode,
  findInstitutionsByIds,
} from './institutions.repository.js';
export { institutionsRoutes } from './institutions.routes.js';
export { editScopeOf, isWithinScope, NATIONAL_SCOPE, type Scope, scopeOf, withinScope } from './institutions.scope.js';
export { admissionOf, type Caller, certificationsOf, type RegistrySettings } from './institutions.service.js';
export { type InstitutionRow, institutions, partnerships } from './institutions.table.js';
