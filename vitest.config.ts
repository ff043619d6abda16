import { defineConfig } from 'vitest/config';

// Integration tests run on PGlite always, and a second time on PostgreSQL when TEST_DATABASE_URL is set (CI).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const integration = {
  include: ['apps/api/src/**/*.int.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['apps/*/src/**/*.test.ts', 'apps/*/src/**/*.test.tsx', 'packages/*/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          ...integration,
          name: 'integration:pglite',
          globalSetup: ['apps/api/src/test/global-setup.pglite.ts'],
          env: { ATENSI_TEST_DB: 'pglite' },
        },
      },
      ...(onPostgres
        ? [
            {
              test: {
                ...integration,
                name: 'integration:postgres',
                globalSetup: ['apps/api/src/test/global-setup.postgres.ts'],
                env: { ATENSI_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.e2e.test.ts'],
          globalSetup: ['apps/api/src/test/global-setup.pglite.ts'],
          env: { ATENSI_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
