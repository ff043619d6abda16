export { campaignsRoutes } from './campaigns.routes.js';
export { type CampaignRow, campaigns } from './campaigns.table.js';
