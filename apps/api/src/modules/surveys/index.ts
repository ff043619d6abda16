export { surveysRoutes } from './surveys.routes.js';
export { createSurvey, importResponses, updateSurvey } from './surveys.service.js';
