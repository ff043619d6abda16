export { serviceCatalogueRoutes } from './service-catalogue.routes.js';
export { findCatalogueItems, presentCatalogueItem } from './service-catalogue.service.js';
export { type CatalogueItemRow, serviceCatalogueItems } from './service-catalogue.table.js';
