export { socialAidRoutes } from './social-aid.routes.js';
export { socialAidRequests } from './social-aid.table.js';
