export { campaignsRoutes } from './campaigns.routes.js';
export { createCampaign } from './campaigns.service.js';
export { type CampaignRow, campaigns } from './campaigns.table.js';
