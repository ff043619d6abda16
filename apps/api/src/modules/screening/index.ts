export { riskOf, scoreAssist, substanceScore } from './assist-score.js';
export { screeningRoutes } from './screening.routes.js';
export { screenings } from './screening.table.js';
