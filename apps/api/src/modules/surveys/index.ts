export { surveysRoutes } from './surveys.routes.js';
