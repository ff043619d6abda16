// Every table the API knows, for Drizzle's typed queries. Each module owns its `<domain>.table.ts`;
// the SQL that creates them lives in apps/api/migrations.
import { auditAnchors, auditChainHeads, auditEvents } from './modules/audit/audit.table.js';
import { apiTokens, loginThrottles, sessions } from './modules/auth/auth.table.js';
import { institutions } from './modules/institutions/institutions.table.js';
import { regions } from './modules/regions/regions.table.js';
import { users } from './modules/users/users.table.js';
import { idempotencyKeys, outboxEvents, referenceDatasets } from './platform/db/platform.table.js';

export const schema = {
  apiTokens,
  auditAnchors,
  auditChainHeads,
  auditEvents,
  idempotencyKeys,
  institutions,
  loginThrottles,
  outboxEvents,
  referenceDatasets,
  regions,
  sessions,
  users,
};
