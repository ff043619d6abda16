import { buildApp } from '../app.js';
import { DEMO_PASSWORD } from '../config.js';
import { seedDemo } from '../seed/demo.js';
import { createTestDatabase, testAuthConfig, testKeyRing } from './test-database.js';

/**
 * The real API with the built web app (apps/web/dist), on a fresh copy of the test database with every region
 * loaded and the demo data seeded (users: README), listening on a free port of 127.0.0.1: what the browser journeys
 * run against.
 */
export async function startE2eServer(): Promise<{ baseUrl: string; demoPassword: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  // Institutions and users only: the journeys start from an empty work list and count what they create.
  await seedDemo(database, { password: DEMO_PASSWORD, keyRing: testKeyRing(), withPeople: false });
  const app = await buildApp({ database, logLevel: 'silent', auth: testAuthConfig(), keyRing: testKeyRing() });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: address,
    demoPassword: DEMO_PASSWORD,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
