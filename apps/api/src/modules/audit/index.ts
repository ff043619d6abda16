export { exportAuditCsv } from './audit.export.js';
export { type AuditFilter, dayRange } from './audit.repository.js';
export { auditRoutes } from './audit.routes.js';
export { type AuditVerification, anchorAuditTrail, verifyAuditTrail } from './audit.verify.js';
export { type AuditContext, type AuditEventInput, recordAudit } from './audit.writer.js';
export { chainFor, genesisHash, hashEvent } from './audit-chain.js';
