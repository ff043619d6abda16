#!/usr/bin/env node
// The `atensi` command. In a development checkout (TypeScript sources and tsx present) it runs the sources, so
// it is never stale; an installation without dev dependencies runs the build in dist/ (`npm run build`).
import { existsSync } from 'node:fs';

const source = new URL('../src/cli.ts', import.meta.url);
const built = new URL('../dist/cli.js', import.meta.url);

async function runSource() {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    return false;
  }
  await import(source.href);
  return true;
}

if (process.env.ATENSI_USE_DIST === '1' || !existsSync(source) || !(await runSource())) {
  if (!existsSync(built)) {
    console.error('atensi: no build found. Run `npm run build` (or `npm install` in a development checkout).');
    process.exit(1);
  }
  await import(built.href);
}
