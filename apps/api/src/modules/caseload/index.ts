export { caseloadRoutes } from './caseload.routes.js';
export { type CaseloadContext, getCaseload } from './caseload.service.js';
export { type CaseloadNorms, DEFAULT_CASELOAD_NORMS, professionLoad, workerStatus } from './caseload-norms.js';
