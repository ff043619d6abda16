export { assessmentRoutes } from './assessment.routes.js';
export { assessments } from './assessment.table.js';
