export { dtksRoutes } from './dtks.routes.js';
export {
  type DtksResultEntry,
  ensureDtksCheck,
  ensureInclusionProposal,
  findDtksStanding,
  recordDtksResult,
} from './dtks.service.js';
export { dtksChecks, dtksInclusionProposals, dtksStatuses, dtksStatusHistory } from './dtks.table.js';
