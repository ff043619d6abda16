export { type LoadProgress, type LoadReport, loadRegions } from './regions.loader.js';
export { findRegionsByCodes } from './regions.repository.js';
export { regionsRoutes } from './regions.routes.js';
export { getRegion, listRegions } from './regions.service.js';
export { regions } from './regions.table.js';
