import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The API serves the built app and /api from one origin in production; in development Vite proxies /api to it.
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Read @atensi/contracts from its TypeScript source, so the web build never waits on its dist/.
    conditions: ['atensi-source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for debugging but not referenced from the bundles the API serves.
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        // Vendor code changes far less often than ours: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|use-sync-external-store)[\\/]/,
              priority: 30,
            },
            { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](?!charts)|@floating-ui)/, priority: 20 },
            // Charts (recharts with its d3, redux and immer; groups take a module's dependencies along) only for the
            // lazy chart pages: never on the sign-in page.
            { name: 'charts', test: /node_modules[\\/](recharts|@mantine[\\/]charts)[\\/]/, priority: 15 },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
