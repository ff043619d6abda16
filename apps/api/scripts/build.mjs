// Builds the API for production: one ESM bundle per entry point in dist/, with the workspace's own packages
// (@atensi/contracts) inlined and every npm dependency left external (installed with `npm ci --omit=dev`).
// Type checking is separate: `npm run typecheck`.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts', 'src/app.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'externalise-npm-dependencies',
      setup(builder) {
        builder.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@atensi/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
console.log('built apps/api/dist');
