export { findBeneficiary } from './beneficiaries.repository.js';
export { beneficiariesRoutes } from './beneficiaries.routes.js';
export { beneficiaryWithinScope } from './beneficiaries.scope.js';
export { type ClientDataContext, summarise } from './beneficiaries.service.js';
export { type BeneficiaryRow, beneficiaries } from './beneficiaries.table.js';
