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
        // React and the router change far less often than ours and every page needs them: one cached chunk. The rest
        // of node_modules (Mantine's components, icons, zod, dayjs...) is split with the pages that import it, so the
        // first load carries only what the sign-in page and the work list use (issue 9); the chart libraries load
        // with the report pages only.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'app', tags: ['$initial'], priority: 20 },
          ],
        },
      },
    },
  },
});
