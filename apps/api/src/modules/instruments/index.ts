export { instrumentsRoutes } from './instruments.routes.js';
export {
  CURRENT_INSTRUMENTS,
  checksumOf,
  findRevisionById,
  type InstrumentSet,
  type Published,
  publishedRevision,
} from './instruments.service.js';
export { type InstrumentVersionRow, instrumentVersions } from './instruments.table.js';
