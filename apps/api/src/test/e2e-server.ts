import { buildApp } from '../app.js';
import { createTestDatabase } from './test-database.js';

/**
 * The real API with the built web app (apps/web/dist), on a fresh copy of the test database with every region
 * loaded, listening on a free port of 127.0.0.1: what the browser journeys run against.
 */
export async function startE2eServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const app = await buildApp({ database, logLevel: 'silent' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: address,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
