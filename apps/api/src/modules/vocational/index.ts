export { checkOutcomeDates, findVocationalOutcomes, recordVocationalOutcomes } from './vocational.service.js';
export { vocationalOutcomes } from './vocational.table.js';
