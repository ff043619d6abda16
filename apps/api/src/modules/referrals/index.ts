export { referralsRoutes } from './referrals.routes.js';
export { escalateOverdueReferrals } from './referrals.service.js';
export { type ReferralRow, referrals } from './referrals.table.js';
