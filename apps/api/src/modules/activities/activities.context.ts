import type { Db } from '../../platform/db/database.js';
import type { FileStorage } from '../../platform/storage/file-storage.js';
import type { RegistrySettings } from '../institutions/index.js';

/** What the activities, campaigns and surveys use cases need: the database, the clock and the document storage. */
export type ActivitiesContext = {
  db: Db;
  registry: RegistrySettings;
  files: { storage: FileStorage; maxBytes: number };
};
