export type { ActivitiesContext } from './activities.context.js';
export { presentActivities, presentActivity } from './activities.present.js';
export { findActivity } from './activities.repository.js';
export { activitiesRoutes } from './activities.routes.js';
export { activityVisible, assertMayOrganise } from './activities.scope.js';
export { insertActivityRecord, scopeFor, today, updateActivityRecord } from './activities.service.js';
export { type ActivityRow, activities, activityParticipants } from './activities.table.js';
