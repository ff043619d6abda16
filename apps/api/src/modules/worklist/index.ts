export { worklistRoutes } from './worklist.routes.js';
