export { screeningRoutes } from './screening.routes.js';
export { screenings } from './screening.table.js';
