export { aftercareRoutes } from './aftercare.routes.js';
export { addMonths, scheduleFollowUps } from './aftercare.service.js';
export { caseNotes, followUps } from './aftercare.table.js';
