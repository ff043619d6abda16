export { alertsRoutes } from './alerts.routes.js';
export { listAlerts, runAlerts } from './alerts.service.js';
export { type AlertRow, alerts } from './alerts.table.js';
