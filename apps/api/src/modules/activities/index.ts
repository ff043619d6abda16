export { createAction, updateAction } from './actions.service.js';
export type { ActivitiesContext } from './activities.context.js';
export { presentActivities, presentActivity } from './activities.present.js';
export { findActivity } from './activities.repository.js';
export { activitiesRoutes } from './activities.routes.js';
export { activityVisible, assertMayOrganise } from './activities.scope.js';
export {
  createActivity,
  insertActivityRecord,
  scopeFor,
  today,
  updateActivity,
  updateActivityRecord,
} from './activities.service.js';
export { type ActivityRow, activities, activityParticipants } from './activities.table.js';
export { saveBimtekResults, updateBimtekSettings } from './bimtek.service.js';
export { issueCertificates } from './bimtek-certificates.service.js';
export { uploadDocument } from './documents.service.js';
export { addParticipant, setHeadcounts } from './participants.service.js';
export { addFinding, createSupervisionVisit, saveSupervisionAnswers } from './supervision.service.js';
