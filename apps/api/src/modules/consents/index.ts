export { consentsRoutes } from './consents.routes.js';
export {
  findValidConsent,
  isConsentValid,
  purposesFor,
  REFERRAL_CATEGORIES,
  recordDisclosure,
} from './consents.service.js';
export { consents, disclosures } from './consents.table.js';
