// Every table the API knows, for Drizzle's typed queries. Each module owns its `<domain>.table.ts`;
// the SQL that creates them lives in apps/api/migrations.
import { regions } from './modules/regions/regions.table.js';
import { idempotencyKeys, outboxEvents, referenceDatasets } from './platform/db/platform.table.js';

export const schema = { idempotencyKeys, outboxEvents, referenceDatasets, regions };
